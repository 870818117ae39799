using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class DocumentProfiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_profiles",
                columns: table => new
                {
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    symbol = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    signing_authority = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    signer_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recipients = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_profiles", x => x.unit_id);
                    table.ForeignKey(
                        name: "fk_document_profiles_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_profiles");
        }
    }
}
