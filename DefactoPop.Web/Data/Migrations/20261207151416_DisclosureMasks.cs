using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefactoPop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureMasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PopMask",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopMask", x => x.Key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PopMask");
        }
    }
}
