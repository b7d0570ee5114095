using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefactoPop.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without starting the app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<DefactoPopDbContext>
{
    public DefactoPopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DefactoPopDbContext>().UseSqlite("Data Source=design.db").Options);
}
