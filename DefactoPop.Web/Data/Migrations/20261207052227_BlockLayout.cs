using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefactoPop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class BlockLayout : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // PopCell stays: its rows move into blocks in code (CellLayoutMigration), which then drops it.
            migrationBuilder.CreateTable(
                name: "PopBlock",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopBlock", x => x.Key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PopBlock");

            migrationBuilder.Sql("CREATE TABLE IF NOT EXISTS \"PopCell\" (\"Key\" INTEGER NOT NULL CONSTRAINT \"PK_PopCell\" PRIMARY KEY, \"Data\" BLOB NOT NULL);");
        }
    }
}
