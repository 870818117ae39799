using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class UnitsInTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_org_units_code",
                table: "org_units");

            migrationBuilder.CreateSequence(
                name: "restructurings_hilo",
                incrementBy: 10);

            migrationBuilder.AddColumn<DateOnly>(
                name: "state_from",
                table: "org_units",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.CreateTable(
                name: "org_unit_states",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    name_vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    search_key = table.Column<string>(type: "character varying(403)", maxLength: 403, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    reports_to_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_unit_states", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_unit_states_org_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_unit_states_org_units_reports_to_id",
                        column: x => x.reports_to_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_unit_states_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "restructurings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: true),
                    content_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    province_id = table.Column<int>(type: "integer", nullable: true),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    applied_by = table.Column<Guid>(type: "uuid", nullable: true),
                    applied_by_token_id = table.Column<int>(type: "integer", nullable: true),
                    ended = table.Column<int>(type: "integer", nullable: false),
                    created = table.Column<int>(type: "integer", nullable: false),
                    moved = table.Column<int>(type: "integer", nullable: false),
                    carried = table.Column<int>(type: "integer", nullable: false),
                    not_carried = table.Column<int>(type: "integer", nullable: false),
                    result = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restructurings", x => x.id);
                    table.ForeignKey(
                        name: "fk_restructurings_org_units_province_id",
                        column: x => x.province_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_org_units_code",
                table: "org_units",
                column: "code");

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_states_parent_id",
                table: "org_unit_states",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_states_reports_to_id",
                table: "org_unit_states",
                column: "reports_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_states_unit_id_valid_from",
                table: "org_unit_states",
                columns: new[] { "unit_id", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_restructurings_applied_at",
                table: "restructurings",
                column: "applied_at");

            migrationBuilder.CreateIndex(
                name: "ix_restructurings_content_sha256",
                table: "restructurings",
                column: "content_sha256");

            migrationBuilder.CreateIndex(
                name: "ix_restructurings_province_id",
                table: "restructurings",
                column: "province_id");

            // The current state of every unit took effect when the unit began.
            migrationBuilder.Sql("UPDATE org_units SET state_from = active_from;");

            // A code names one unit at a time: no two units share a code on overlapping active days.
            // btree_gist lets a GiST index compare the code with = beside the date ranges' overlap. Checked at commit:
            // a restructuring ends the code's holder and gives the code to the new unit in one transaction.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS btree_gist;");
            migrationBuilder.Sql("""
                ALTER TABLE org_units ADD CONSTRAINT ex_org_units_code_validity
                EXCLUDE USING gist (code WITH =, daterange(active_from, active_to, '[]') WITH &&)
                WHERE (code IS NOT NULL) DEFERRABLE INITIALLY DEFERRED;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE org_units DROP CONSTRAINT ex_org_units_code_validity;");

            migrationBuilder.DropTable(
                name: "org_unit_states");

            migrationBuilder.DropTable(
                name: "restructurings");

            migrationBuilder.DropIndex(
                name: "ix_org_units_code",
                table: "org_units");

            migrationBuilder.DropColumn(
                name: "state_from",
                table: "org_units");

            migrationBuilder.DropSequence(
                name: "restructurings_hilo");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_code",
                table: "org_units",
                column: "code",
                unique: true);
        }
    }
}
