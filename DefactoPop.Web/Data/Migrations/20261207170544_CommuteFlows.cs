using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefactoPop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommuteFlows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommuteFlow",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", nullable: false),
                    Destination = table.Column<string>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Hour = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    Movers = table.Column<double>(type: "REAL", nullable: true),
                    MeanMinutes = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuteFlow", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommuteFlow_Day_Hour",
                table: "CommuteFlow",
                columns: new[] { "Day", "Hour" });

            migrationBuilder.CreateIndex(
                name: "IX_CommuteFlow_Source",
                table: "CommuteFlow",
                column: "Source");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommuteFlow");
        }
    }
}
