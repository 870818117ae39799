using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportingCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "level_approvals_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "report_attachments_hilo",
                incrementBy: 10);

            migrationBuilder.AddColumn<List<int>>(
                name: "committed_action_ids",
                table: "report_submissions",
                type: "integer[]",
                nullable: false);

            migrationBuilder.AddColumn<long>(
                name: "unit_plan_document_id",
                table: "report_submissions",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "unit_plan_issued_on",
                table: "report_submissions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "unit_plan_number",
                table: "report_submissions",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "level_approvals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    period_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<Guid>(type: "uuid", nullable: true),
                    not_approved = table.Column<int>(type: "integer", nullable: false),
                    override_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_level_approvals", x => x.id);
                    table.ForeignKey(
                        name: "fk_level_approvals_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_level_approvals_reporting_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "reporting_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    submission_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_attachments_report_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "report_submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    submission_id = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    on_time = table.Column<bool>(type: "boolean", nullable: false),
                    decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_versions_report_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "report_submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_unit_plan_document_id",
                table: "report_submissions",
                column: "unit_plan_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_level_approvals_period_id_unit_id",
                table: "level_approvals",
                columns: new[] { "period_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_level_approvals_unit_id",
                table: "level_approvals",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_attachments_submission_id",
                table: "report_attachments",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_submission_versions_submission_id_number",
                table: "submission_versions",
                columns: new[] { "submission_id", "number" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_report_submissions_report_attachments_unit_plan_document_id",
                table: "report_submissions",
                column: "unit_plan_document_id",
                principalTable: "report_attachments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_report_submissions_report_attachments_unit_plan_document_id",
                table: "report_submissions");

            migrationBuilder.DropTable(
                name: "level_approvals");

            migrationBuilder.DropTable(
                name: "report_attachments");

            migrationBuilder.DropTable(
                name: "submission_versions");

            migrationBuilder.DropIndex(
                name: "ix_report_submissions_unit_plan_document_id",
                table: "report_submissions");

            migrationBuilder.DropColumn(
                name: "committed_action_ids",
                table: "report_submissions");

            migrationBuilder.DropColumn(
                name: "unit_plan_document_id",
                table: "report_submissions");

            migrationBuilder.DropColumn(
                name: "unit_plan_issued_on",
                table: "report_submissions");

            migrationBuilder.DropColumn(
                name: "unit_plan_number",
                table: "report_submissions");

            migrationBuilder.DropSequence(
                name: "level_approvals_hilo");

            migrationBuilder.DropSequence(
                name: "report_attachments_hilo");
        }
    }
}
