using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <summary>
    /// Plans over several indices: every plan answers its one framework from its baseline (moved into
    /// plan_indices as its lead index) and its targets are on that framework. Frameworks gain their estimate
    /// rule for merged units: the simple mean by default, PAPI's population-weighted as before.
    /// </summary>
    public partial class PlansOverSeveralIndicesAndEstimateRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "framework",
                table: "plan_target",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql("UPDATE plan_target t SET framework = p.framework FROM plans p WHERE p.id = t.plan_id;");

            migrationBuilder.AddColumn<string>(
                name: "estimate",
                table: "frameworks",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "SimpleMean");

            migrationBuilder.CreateTable(
                name: "plan_indices",
                columns: table => new
                {
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    framework = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    baseline_year = table.Column<int>(type: "integer", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_indices", x => new { x.plan_id, x.framework });
                    table.ForeignKey(
                        name: "fk_plan_indices_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
            migrationBuilder.Sql("INSERT INTO plan_indices (plan_id, framework, baseline_year, position) SELECT id, framework, baseline_year, 0 FROM plans;");

            migrationBuilder.UpdateData(
                table: "frameworks",
                keyColumn: "id",
                keyValue: 1,
                column: "estimate",
                value: "PopulationWeighted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_indices");

            migrationBuilder.DropColumn(
                name: "framework",
                table: "plan_target");

            migrationBuilder.DropColumn(
                name: "estimate",
                table: "frameworks");
        }
    }
}
