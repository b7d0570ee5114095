using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DefactoPop.Web.Data.Auth;

/// <summary>Lets <c>dotnet ef</c> build the auth context without starting the app.</summary>
internal sealed class AuthDesignTimeFactory : IDesignTimeDbContextFactory<AuthDbContext>
{
    public AuthDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AuthDbContext>();
        AuthStore.Configure(options, "Data Source=design.db");
        return new AuthDbContext(options.Options);
    }
}

/// <summary>Lets <c>dotnet ef</c> build PostgreSQL's auth context without a server.</summary>
internal sealed class PostgresAuthDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAuthDbContext>
{
    public PostgresAuthDbContext CreateDbContext(string[] args) => new(AuthStore.PostgresOptions("Host=localhost;Database=design"));
}
