using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class DocumentSignatureChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_signature_checks",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    state = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    problem = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    signature_count = table.Column<int>(type: "integer", nullable: false),
                    signer_subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    signer_organisation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    timestamped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    digest_matches = table.Column<bool>(type: "boolean", nullable: true),
                    changed_after_signing = table.Column<bool>(type: "boolean", nullable: true),
                    trusted = table.Column<bool>(type: "boolean", nullable: true),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_signature_checks", x => x.sha256);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_signature_checks");
        }
    }
}
