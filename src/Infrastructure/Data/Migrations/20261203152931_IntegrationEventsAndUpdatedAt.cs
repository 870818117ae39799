using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class IntegrationEventsAndUpdatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "report_submissions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "report_obligations",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "org_units",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "updated_at",
                table: "action_items",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            migrationBuilder.CreateTable(
                name: "integration_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    transaction_id = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "pg_current_xact_id()::text::bigint"),
                    type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unit_path = table.Column<string>(type: "character varying(396)", maxLength: 396, nullable: true, collation: "C"),
                    href = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_updated_at",
                table: "report_submissions",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_report_obligations_updated_at",
                table: "report_obligations",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_updated_at",
                table: "org_units",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_action_items_updated_at",
                table: "action_items",
                column: "updated_at");

            migrationBuilder.CreateIndex(
                name: "ix_integration_events_transaction_id_id",
                table: "integration_events",
                columns: new[] { "transaction_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integration_events");

            migrationBuilder.DropIndex(
                name: "ix_report_submissions_updated_at",
                table: "report_submissions");

            migrationBuilder.DropIndex(
                name: "ix_report_obligations_updated_at",
                table: "report_obligations");

            migrationBuilder.DropIndex(
                name: "ix_org_units_updated_at",
                table: "org_units");

            migrationBuilder.DropIndex(
                name: "ix_action_items_updated_at",
                table: "action_items");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "report_submissions");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "report_obligations");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "org_units");

            migrationBuilder.DropColumn(
                name: "updated_at",
                table: "action_items");
        }
    }
}
