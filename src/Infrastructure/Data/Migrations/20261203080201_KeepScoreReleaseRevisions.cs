using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class KeepScoreReleaseRevisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_release_entries_score_release_id_province_id",
                table: "release_entries");

            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "release_entries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The entries kept so far are each release's current revision.
            migrationBuilder.Sql("""
                UPDATE release_entries e SET revision = r.revision
                FROM score_releases r WHERE r.id = e.score_release_id
                """);

            migrationBuilder.CreateTable(
                name: "score_release_revisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    score_release_id = table.Column<int>(type: "integer", nullable: false),
                    survey_year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    source = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    restored_from = table.Column<int>(type: "integer", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    api_token_id = table.Column<int>(type: "integer", nullable: true),
                    provinces = table.Column<int>(type: "integer", nullable: false),
                    values = table.Column<int>(type: "integer", nullable: false),
                    provinces_added = table.Column<int>(type: "integer", nullable: false),
                    provinces_removed = table.Column<int>(type: "integer", nullable: false),
                    provinces_changed = table.Column<int>(type: "integer", nullable: false),
                    values_changed = table.Column<int>(type: "integer", nullable: false),
                    ranks_moved = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_release_revisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_release_revisions_score_releases_score_release_id",
                        column: x => x.score_release_id,
                        principalTable: "score_releases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_release_entries_score_release_id_revision_province_id",
                table: "release_entries",
                columns: new[] { "score_release_id", "revision", "province_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_release_revisions_score_release_id_number",
                table: "score_release_revisions",
                columns: new[] { "score_release_id", "number" },
                unique: true);

            // Releases imported before revisions were recorded get a record of their current revision
            // (no checksum, no author: neither was kept); their earlier revisions were already replaced.
            migrationBuilder.Sql("""
                INSERT INTO score_release_revisions (id, score_release_id, survey_year, number, kind, source, sha256, restored_from, at,
                    user_id, api_token_id, provinces, "values", provinces_added, provinces_removed, provinces_changed, values_changed, ranks_moved)
                SELECT gen_random_uuid(), r.id, r.survey_year, r.revision, 'Import', r.source, NULL, NULL, r.imported_at, NULL, NULL,
                    (SELECT count(*) FROM release_entries e WHERE e.score_release_id = r.id),
                    (SELECT count(*) FROM release_entries e JOIN province_scores s ON s.release_entry_id = e.id WHERE e.score_release_id = r.id),
                    0, 0, 0, 0, 0
                FROM score_releases r
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "score_release_revisions");

            migrationBuilder.DropIndex(
                name: "ix_release_entries_score_release_id_revision_province_id",
                table: "release_entries");

            migrationBuilder.Sql("""
                DELETE FROM release_entries e USING score_releases r
                WHERE e.score_release_id = r.id AND e.revision <> r.revision
                """);

            migrationBuilder.DropColumn(
                name: "revision",
                table: "release_entries");

            migrationBuilder.CreateIndex(
                name: "ix_release_entries_score_release_id_province_id",
                table: "release_entries",
                columns: new[] { "score_release_id", "province_id" },
                unique: true);
        }
    }
}
