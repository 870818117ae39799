using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActionSearchKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "search_key",
                table: "action_items",
                type: "text",
                nullable: false,
                defaultValue: "");

            // The actions already stored get the key the domain would have given them: the SQL is
            // generated from the domain's own folding rule, so the key equals VietnameseText.SearchKey.
            migrationBuilder.Sql($"UPDATE action_items SET search_key = {VietnameseTextSql.SearchKey("code", "text_vi", "text_en")};");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "search_key",
                table: "action_items");
        }
    }
}
