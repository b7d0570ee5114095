using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DefactoPop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyStat",
                columns: table => new
                {
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Mean = table.Column<double>(type: "REAL", nullable: false),
                    Min = table.Column<double>(type: "REAL", nullable: false),
                    MinHour = table.Column<int>(type: "INTEGER", nullable: false),
                    Max = table.Column<double>(type: "REAL", nullable: false),
                    MaxHour = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyStat", x => new { x.ZoneId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "ImportedFile",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    MaskedCells = table.Column<long>(type: "INTEGER", nullable: false),
                    Zones = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstHour = table.Column<int>(type: "INTEGER", nullable: true),
                    LastHour = table.Column<int>(type: "INTEGER", nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedFile", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Meta",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meta", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "PopCell",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PopCell", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Registered",
                columns: table => new
                {
                    ZoneId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sex = table.Column<byte>(type: "INTEGER", nullable: false),
                    Band = table.Column<byte>(type: "INTEGER", nullable: false),
                    Group = table.Column<byte>(type: "INTEGER", nullable: false),
                    Persons = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registered", x => new { x.ZoneId, x.Group, x.Sex, x.Band });
                });

            migrationBuilder.CreateTable(
                name: "Zone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    NameKo = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: true),
                    AreaKm2 = table.Column<double>(type: "REAL", nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    StatCode = table.Column<string>(type: "TEXT", nullable: true),
                    Geometry = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zone", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DailyStat_Day",
                table: "DailyStat",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedFile_FileName",
                table: "ImportedFile",
                column: "FileName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Zone_Code",
                table: "Zone",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Zone_Level_Code",
                table: "Zone",
                columns: new[] { "Level", "Code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyStat");

            migrationBuilder.DropTable(
                name: "ImportedFile");

            migrationBuilder.DropTable(
                name: "Meta");

            migrationBuilder.DropTable(
                name: "PopCell");

            migrationBuilder.DropTable(
                name: "Registered");

            migrationBuilder.DropTable(
                name: "Zone");
        }
    }
}
