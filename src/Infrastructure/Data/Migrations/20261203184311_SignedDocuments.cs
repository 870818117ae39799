using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class SignedDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "signed_documents_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "signed_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    period_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    kept_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kept_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_signed_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_signed_documents_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_signed_documents_reporting_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "reporting_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_signed_documents_period_id_unit_id",
                table: "signed_documents",
                columns: new[] { "period_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_signed_documents_unit_id",
                table: "signed_documents",
                column: "unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "signed_documents");

            migrationBuilder.DropSequence(
                name: "signed_documents_hilo");
        }
    }
}
