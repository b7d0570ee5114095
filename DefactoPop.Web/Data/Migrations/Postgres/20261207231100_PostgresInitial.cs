using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace DefactoPop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PostgresInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commuteflow",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    source = table.Column<string>(type: "text", nullable: false),
                    origin = table.Column<string>(type: "text", nullable: false),
                    destination = table.Column<string>(type: "text", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    hour = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<int>(type: "integer", nullable: false),
                    agegroup = table.Column<int>(type: "integer", nullable: false),
                    movers = table.Column<double>(type: "double precision", nullable: true),
                    meanminutes = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commuteflow", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "dailystat",
                columns: table => new
                {
                    zoneid = table.Column<int>(type: "integer", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    mean = table.Column<double>(type: "double precision", nullable: false),
                    min = table.Column<double>(type: "double precision", nullable: false),
                    minhour = table.Column<int>(type: "integer", nullable: false),
                    max = table.Column<double>(type: "double precision", nullable: false),
                    maxhour = table.Column<int>(type: "integer", nullable: false),
                    hours = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dailystat", x => new { x.zoneid, x.day });
                });

            migrationBuilder.CreateTable(
                name: "importedfile",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    filename = table.Column<string>(type: "text", nullable: false),
                    sha256 = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    rows = table.Column<long>(type: "bigint", nullable: false),
                    maskedcells = table.Column<long>(type: "bigint", nullable: false),
                    zones = table.Column<int>(type: "integer", nullable: false),
                    firsthour = table.Column<int>(type: "integer", nullable: true),
                    lasthour = table.Column<int>(type: "integer", nullable: true),
                    importedat = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_importedfile", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meta",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meta", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "placepoint",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    externalid = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    lon = table.Column<double>(type: "double precision", nullable: false),
                    lat = table.Column<double>(type: "double precision", nullable: false),
                    category = table.Column<string>(type: "text", nullable: true),
                    dongcode = table.Column<string>(type: "text", nullable: true),
                    since = table.Column<DateOnly>(type: "date", nullable: true),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    capacity = table.Column<double>(type: "double precision", nullable: true),
                    value = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_placepoint", x => x.id);
                });

            // The block table, partitioned by month on its key (hour ordinal × 4 + level): one month is one key range.
            // The writer creates each month's partition, with its own primary key, when it first writes there
            // (Stores/Postgres/BlockPartitions). The parent has no key of its own so that a month may also be a foreign
            // table on another server (postgres_fdw), which cannot carry an index. Blocks are compressed already:
            // EXTERNAL storage keeps PostgreSQL from trying again.
            migrationBuilder.Sql("""
                CREATE TABLE popblock (
                    key bigint NOT NULL,
                    data bytea NOT NULL
                ) PARTITION BY RANGE (key);
                ALTER TABLE popblock ALTER COLUMN data SET STORAGE EXTERNAL;
                """);

            migrationBuilder.CreateTable(
                name: "popmask",
                columns: table => new
                {
                    key = table.Column<long>(type: "bigint", nullable: false),
                    data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_popmask", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "registered",
                columns: table => new
                {
                    zoneid = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<byte>(type: "smallint", nullable: false),
                    band = table.Column<byte>(type: "smallint", nullable: false),
                    group = table.Column<byte>(type: "smallint", nullable: false),
                    persons = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registered", x => new { x.zoneid, x.group, x.sex, x.band });
                });

            migrationBuilder.CreateTable(
                name: "zone",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    nameko = table.Column<string>(type: "text", nullable: false),
                    nameen = table.Column<string>(type: "text", nullable: true),
                    areakm2 = table.Column<double>(type: "double precision", nullable: false),
                    parentid = table.Column<int>(type: "integer", nullable: true),
                    statcode = table.Column<string>(type: "text", nullable: true),
                    geometry = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_zone", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commuteflow_day_hour",
                table: "commuteflow",
                columns: new[] { "day", "hour" });

            migrationBuilder.CreateIndex(
                name: "IX_commuteflow_source",
                table: "commuteflow",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "IX_dailystat_day",
                table: "dailystat",
                column: "day");

            migrationBuilder.CreateIndex(
                name: "IX_importedfile_filename",
                table: "importedfile",
                column: "filename",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_placepoint_kind_source",
                table: "placepoint",
                columns: new[] { "kind", "source" });

            migrationBuilder.CreateIndex(
                name: "IX_zone_code",
                table: "zone",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_zone_level_code",
                table: "zone",
                columns: new[] { "level", "code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commuteflow");

            migrationBuilder.DropTable(
                name: "dailystat");

            migrationBuilder.DropTable(
                name: "importedfile");

            migrationBuilder.DropTable(
                name: "meta");

            migrationBuilder.DropTable(
                name: "placepoint");

            migrationBuilder.DropTable(
                name: "popblock");

            migrationBuilder.DropTable(
                name: "popmask");

            migrationBuilder.DropTable(
                name: "registered");

            migrationBuilder.DropTable(
                name: "zone");
        }
    }
}
