namespace DefactoPop.Web.Localisation;

public sealed partial class UiText
{
    /// <summary>The strings of sign-in, the user menu and the audit log.</summary>
    private static Dictionary<string, (string Ko, string En)> AuthTexts() => new()
    {
        ["signin.title"] = ("로그인", "Sign in"),
        ["signin.user"] = ("사용자 이름", "User name"),
        ["signin.password"] = ("비밀번호", "Password"),
        ["signin.new"] = ("새 비밀번호 (10자 이상, 숫자와 소문자 포함)", "New password (10 characters or more, with a digit and a lower-case letter)"),
        ["signin.submit"] = ("로그인", "Sign in"),
        ["signin.error"] = ("사용자 이름이나 비밀번호가 맞지 않습니다.", "The user name or password is not right."),
        ["signin.locked"] = ("로그인 시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.", "Too many attempts. Please try again in a few minutes."),
        ["signin.change"] = ("처음 로그인입니다. 일회용 비밀번호를 새 비밀번호로 바꾸세요.", "First sign-in: replace the one-time password with a new one."),
        ["signin.weak"] = ("새 비밀번호가 규칙에 맞지 않습니다.", "The new password does not meet the rules."),
        ["signin.denied"] = ("이 화면을 볼 권한이 없습니다. 다른 계정으로 로그인하세요.", "You have no access to that page. Sign in with another account."),
        ["signin.as"] = ("로그인 사용자:", "Signed in as"),
        ["signin.anonymous"] = ("로그인하지 않으면 공개용 화면만 볼 수 있습니다.", "Without signing in you see the public view only."),
        ["signin.home"] = ("대시보드로 돌아가기", "Back to the dashboard"),
        ["signout.submit"] = ("로그아웃", "Sign out"),
        ["user.menu"] = ("사용자 메뉴", "User menu"),
        ["user.signin"] = ("로그인", "Sign in"),
        ["user.signout"] = ("로그아웃", "Sign out"),
        ["user.audit"] = ("감사 기록", "Audit log"),
        ["role.viewer"] = ("열람자", "Viewer"),
        ["role.analyst"] = ("분석가", "Analyst"),
        ["role.admin"] = ("관리자", "Administrator"),
        ["role.anonymous"] = ("비로그인 (열람자)", "Not signed in (viewer)"),
        ["audit.title"] = ("감사 기록", "Audit log"),
        ["audit.at"] = ("시각 (KST)", "Time (KST)"),
        ["audit.action"] = ("행위", "Action"),
        ["audit.user"] = ("사용자", "User"),
        ["audit.role"] = ("역할", "Role"),
        ["audit.target"] = ("대상", "Target"),
        ["audit.result"] = ("결과", "Result"),
        ["audit.address"] = ("주소", "Address"),
        ["audit.all"] = ("전체", "All"),
        ["audit.from"] = ("시작일", "From"),
        ["audit.to"] = ("종료일", "To"),
        ["audit.apply"] = ("적용", "Apply"),
        ["audit.none"] = ("조건에 맞는 기록이 없습니다.", "No entries match."),
        ["audit.ok"] = ("성공", "OK"),
        ["audit.refused"] = ("실패", "Failed"),
        ["releases.reprocess.admin"] = ("재처리는 관리자만 할 수 있습니다.", "Only an administrator can reprocess."),
    };
}
