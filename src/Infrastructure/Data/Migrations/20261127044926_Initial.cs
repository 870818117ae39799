using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "action_items_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "action_progress_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "api_tokens_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "evidence_files_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "org_units_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "plans_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "report_obligations_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "report_submissions_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "reporting_periods_hilo",
                incrementBy: 10);

            migrationBuilder.CreateSequence(
                name: "role_assignments_hilo",
                incrementBy: 10);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    api_token_id = table.Column<int>(type: "integer", nullable: true),
                    entity_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false),
                    unit_path = table.Column<string>(type: "character varying(396)", maxLength: 396, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "frameworks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    published_decimals = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_frameworks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "org_units",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    name_vi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    search_key = table.Column<string>(type: "character varying(403)", maxLength: 403, nullable: false),
                    parent_id = table.Column<int>(type: "integer", nullable: true),
                    path = table.Column<string>(type: "character varying(396)", maxLength: 396, nullable: false, collation: "C"),
                    reports_to_id = table.Column<int>(type: "integer", nullable: true),
                    active_from = table.Column<DateOnly>(type: "date", nullable: false),
                    active_to = table.Column<DateOnly>(type: "date", nullable: true),
                    successor_id = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_org_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_org_units_org_units_parent_id",
                        column: x => x.parent_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_units_org_units_reports_to_id",
                        column: x => x.reports_to_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_org_units_org_units_successor_id",
                        column: x => x.successor_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "framework_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    framework_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    first_year = table.Column<int>(type: "integer", nullable: false),
                    last_year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_framework_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_framework_versions_frameworks_framework_id",
                        column: x => x.framework_id,
                        principalTable: "frameworks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prefix = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    scopes = table.Column<List<string>>(type: "text[]", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_tokens_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    province_id = table.Column<int>(type: "integer", nullable: false),
                    framework = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    document_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: true),
                    issuer_vi = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    issuer_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    title_vi = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    title_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    baseline_year = table.Column<int>(type: "integer", nullable: false),
                    target_year = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_plans_org_units_province_id",
                        column: x => x.province_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "refresh_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_refresh_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_refresh_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_assignments_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_role_assignments_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dimensions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    framework_version_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dimensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_dimensions_framework_version_framework_version_id",
                        column: x => x.framework_version_id,
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "score_releases",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    framework_version_id = table.Column<int>(type: "integer", nullable: false),
                    survey_year = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_score_releases", x => x.id);
                    table.ForeignKey(
                        name: "fk_score_releases_framework_versions_framework_version_id",
                        column: x => x.framework_version_id,
                        principalTable: "framework_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "action_items",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    dimensions = table.Column<List<string>>(type: "text[]", nullable: false),
                    sub_dimensions = table.Column<List<string>>(type: "text[]", nullable: false),
                    text_vi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    text_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    start_date = table.Column<DateOnly>(type: "date", nullable: true),
                    due_date = table.Column<DateOnly>(type: "date", nullable: true),
                    recurring = table.Column<bool>(type: "boolean", nullable: false),
                    review_cadence = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_items_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_target",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    value = table.Column<decimal>(type: "numeric(12,4)", precision: 12, scale: 4, nullable: false),
                    note_vi = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    note_en = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_target", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_target_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    plan_id = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    coverage_from = table.Column<DateOnly>(type: "date", nullable: false),
                    coverage_to = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    lock_on = table.Column<DateOnly>(type: "date", nullable: true),
                    data_cut_off = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reporting_periods", x => x.id);
                    table.ForeignKey(
                        name: "fk_reporting_periods_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sub_dimensions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    dimension_id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    name_vi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    name_en = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    scale_min = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    scale_max = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sub_dimensions", x => x.id);
                    table.ForeignKey(
                        name: "fk_sub_dimensions_dimensions_dimension_id",
                        column: x => x.dimension_id,
                        principalTable: "dimensions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "release_entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    score_release_id = table.Column<int>(type: "integer", nullable: false),
                    province_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_release_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_release_entries_org_units_province_id",
                        column: x => x.province_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_release_entries_score_releases_score_release_id",
                        column: x => x.score_release_id,
                        principalTable: "score_releases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "action_progress",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    action_item_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    api_token_id = table.Column<int>(type: "integer", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    percent = table.Column<int>(type: "integer", nullable: false),
                    narrative = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_progress", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_progress_action_items_action_item_id",
                        column: x => x.action_item_id,
                        principalTable: "action_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_action_progress_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "action_unit",
                columns: table => new
                {
                    action_item_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_unit", x => new { x.action_item_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_action_unit_action_items_action_item_id",
                        column: x => x.action_item_id,
                        principalTable: "action_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_action_unit_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_obligations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    period_id = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    recipient_id = table.Column<int>(type: "integer", nullable: false),
                    extended_to = table.Column<DateOnly>(type: "date", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_obligations", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_obligations_org_units_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_report_obligations_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_report_obligations_reporting_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "reporting_periods",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "province_scores",
                columns: table => new
                {
                    release_entry_id = table.Column<int>(type: "integer", nullable: false),
                    sub_dimension_id = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(12,9)", precision: 12, scale: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_province_scores", x => new { x.release_entry_id, x.sub_dimension_id });
                    table.ForeignKey(
                        name: "fk_province_scores_release_entries_release_entry_id",
                        column: x => x.release_entry_id,
                        principalTable: "release_entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_province_scores_sub_dimension_sub_dimension_id",
                        column: x => x.sub_dimension_id,
                        principalTable: "sub_dimensions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evidence_files",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    action_progress_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_id = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_files_action_progress_action_progress_id",
                        column: x => x.action_progress_id,
                        principalTable: "action_progress",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_evidence_files_org_units_unit_id",
                        column: x => x.unit_id,
                        principalTable: "org_units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_submissions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    obligation_id = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    narratives = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    submitted_by = table.Column<Guid>(type: "uuid", nullable: true),
                    on_time = table.Column<bool>(type: "boolean", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reviewed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_submissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_submissions_report_obligations_obligation_id",
                        column: x => x.obligation_id,
                        principalTable: "report_obligations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "frameworks",
                columns: new[] { "id", "code", "name_en", "name_vi", "published_decimals" },
                values: new object[] { 1, "PAPI", "Provincial Governance and Public Administration Performance Index", "Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh", 2 });

            migrationBuilder.InsertData(
                table: "framework_versions",
                columns: new[] { "id", "code", "first_year", "framework_id", "last_year" },
                values: new object[,]
                {
                    { 1, "PAPI-2018", 2018, 1, 2018 },
                    { 2, "PAPI-2019", 2019, 1, 2020 },
                    { 3, "PAPI-2021", 2021, 1, null }
                });

            migrationBuilder.InsertData(
                table: "dimensions",
                columns: new[] { "id", "code", "framework_version_id", "name_en", "name_vi", "position" },
                values: new object[,]
                {
                    { 101, "1", 1, "Participation at local levels", "Tham gia của người dân ở cấp cơ sở", 1 },
                    { 102, "2", 1, "Transparency in local decision-making", "Công khai, minh bạch trong việc ra quyết định ở địa phương", 2 },
                    { 103, "3", 1, "Vertical accountability towards citizens", "Trách nhiệm giải trình với người dân", 3 },
                    { 104, "4", 1, "Control of corruption in the public sector", "Kiểm soát tham nhũng trong khu vực công", 4 },
                    { 105, "5", 1, "Public administrative procedures", "Thủ tục hành chính công", 5 },
                    { 106, "6", 1, "Public service delivery", "Cung ứng dịch vụ công", 6 },
                    { 107, "7", 1, "Environmental governance", "Quản trị môi trường", 7 },
                    { 108, "8", 1, "E-governance", "Quản trị điện tử", 8 },
                    { 201, "1", 2, "Participation at local levels", "Tham gia của người dân ở cấp cơ sở", 1 },
                    { 202, "2", 2, "Transparency in local decision-making", "Công khai, minh bạch trong việc ra quyết định ở địa phương", 2 },
                    { 203, "3", 2, "Vertical accountability towards citizens", "Trách nhiệm giải trình với người dân", 3 },
                    { 204, "4", 2, "Control of corruption in the public sector", "Kiểm soát tham nhũng trong khu vực công", 4 },
                    { 205, "5", 2, "Public administrative procedures", "Thủ tục hành chính công", 5 },
                    { 206, "6", 2, "Public service delivery", "Cung ứng dịch vụ công", 6 },
                    { 207, "7", 2, "Environmental governance", "Quản trị môi trường", 7 },
                    { 208, "8", 2, "E-governance", "Quản trị điện tử", 8 },
                    { 301, "1", 3, "Participation at local levels", "Tham gia của người dân ở cấp cơ sở", 1 },
                    { 302, "2", 3, "Transparency in local decision-making", "Công khai, minh bạch trong việc ra quyết định ở địa phương", 2 },
                    { 303, "3", 3, "Vertical accountability towards citizens", "Trách nhiệm giải trình với người dân", 3 },
                    { 304, "4", 3, "Control of corruption in the public sector", "Kiểm soát tham nhũng trong khu vực công", 4 },
                    { 305, "5", 3, "Public administrative procedures", "Thủ tục hành chính công", 5 },
                    { 306, "6", 3, "Public service delivery", "Cung ứng dịch vụ công", 6 },
                    { 307, "7", 3, "Environmental governance", "Quản trị môi trường", 7 },
                    { 308, "8", 3, "E-governance", "Quản trị điện tử", 8 }
                });

            migrationBuilder.InsertData(
                table: "sub_dimensions",
                columns: new[] { "id", "code", "dimension_id", "name_en", "name_vi", "position", "scale_max", "scale_min" },
                values: new object[,]
                {
                    { 1011, "1.1", 101, "Civic knowledge", "Tri thức công dân", 1, 2.5m, 0.25m },
                    { 1012, "1.2", 101, "Opportunities for participation", "Cơ hội tham gia", 2, 2.5m, 0.25m },
                    { 1013, "1.3", 101, "Quality of elections", "Chất lượng bầu cử", 3, 2.5m, 0.25m },
                    { 1014, "1.4", 101, "Voluntary contributions", "Đóng góp tự nguyện", 4, 2.5m, 0.25m },
                    { 1021, "2.1", 102, "Access to information", "Tiếp cận thông tin", 1, 2.5m, 0.25m },
                    { 1022, "2.2", 102, "Transparency of poor-household lists", "Công khai, minh bạch danh sách hộ nghèo", 2, 2.5m, 0.25m },
                    { 1023, "2.3", 102, "Transparency of commune/ward budgets", "Công khai, minh bạch ngân sách xã/phường", 3, 2.5m, 0.25m },
                    { 1024, "2.4", 102, "Transparency of land-use plans and land prices", "Công khai, minh bạch quy hoạch sử dụng đất/giá đất", 4, 2.5m, 0.25m },
                    { 1031, "3.1", 103, "Interactions with local authorities", "Hiệu quả tương tác với các cấp chính quyền", 1, 3.33m, 0.33m },
                    { 1032, "3.2", 103, "Responses to citizens' complaints, denunciations and grievances", "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", 2, 3.33m, 0.33m },
                    { 1033, "3.3", 103, "Access to justice services", "Tiếp cận dịch vụ tư pháp", 3, 3.33m, 0.33m },
                    { 1041, "4.1", 104, "Control of corruption in local government", "Kiểm soát tham nhũng trong chính quyền", 1, 2.5m, 0.25m },
                    { 1042, "4.2", 104, "Control of corruption in public service delivery", "Kiểm soát tham nhũng trong cung ứng dịch vụ công", 2, 2.5m, 0.25m },
                    { 1043, "4.3", 104, "Equity in state employment", "Công bằng trong tuyển dụng vào nhà nước", 3, 2.5m, 0.25m },
                    { 1044, "4.4", 104, "Willingness to fight corruption", "Quyết tâm chống tham nhũng", 4, 2.5m, 0.25m },
                    { 1051, "5.1", 105, "Certification procedures", "Dịch vụ chứng thực, xác nhận", 1, 2.5m, 0.25m },
                    { 1052, "5.2", 105, "Construction permits", "Thủ tục cấp phép xây dựng", 2, 2.5m, 0.25m },
                    { 1053, "5.3", 105, "Land-use right certificates", "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất", 3, 2.5m, 0.25m },
                    { 1054, "5.4", 105, "Commune-level administrative procedures", "Thủ tục hành chính cấp xã/phường", 4, 2.5m, 0.25m },
                    { 1061, "6.1", 106, "Public health care", "Y tế công lập", 1, 2.5m, 0.25m },
                    { 1062, "6.2", 106, "Public primary education", "Giáo dục tiểu học công lập", 2, 2.5m, 0.25m },
                    { 1063, "6.3", 106, "Basic infrastructure", "Cơ sở hạ tầng căn bản", 3, 2.5m, 0.25m },
                    { 1064, "6.4", 106, "Law and order", "An ninh, trật tự", 4, 2.5m, 0.25m },
                    { 1071, "7.1", 107, "Seriousness in environmental protection", "Nghiêm túc trong bảo vệ môi trường", 1, 3.33m, 0.33m },
                    { 1072, "7.2", 107, "Air quality", "Chất lượng không khí", 2, 3.33m, 0.33m },
                    { 1073, "7.3", 107, "Water quality", "Chất lượng nước", 3, 3.33m, 0.33m },
                    { 1081, "8.1", 108, "Use of local government e-portals", "Sử dụng cổng thông tin điện tử của chính quyền địa phương", 1, 5m, 0.5m },
                    { 1082, "8.2", 108, "Internet access and use", "Tiếp cận và sử dụng Internet tại địa phương", 2, 5m, 0.5m },
                    { 2011, "1.1", 201, "Civic knowledge", "Tri thức công dân", 1, 2.5m, 0.25m },
                    { 2012, "1.2", 201, "Opportunities for participation", "Cơ hội tham gia", 2, 2.5m, 0.25m },
                    { 2013, "1.3", 201, "Quality of elections", "Chất lượng bầu cử", 3, 2.5m, 0.25m },
                    { 2014, "1.4", 201, "Voluntary contributions", "Đóng góp tự nguyện", 4, 2.5m, 0.25m },
                    { 2021, "2.1", 202, "Access to information", "Tiếp cận thông tin", 1, 2.5m, 0.25m },
                    { 2022, "2.2", 202, "Transparency of poor-household lists", "Công khai, minh bạch danh sách hộ nghèo", 2, 2.5m, 0.25m },
                    { 2023, "2.3", 202, "Transparency of commune/ward budgets", "Công khai, minh bạch ngân sách xã/phường", 3, 2.5m, 0.25m },
                    { 2024, "2.4", 202, "Transparency of land-use plans and land prices", "Công khai, minh bạch quy hoạch sử dụng đất/giá đất", 4, 2.5m, 0.25m },
                    { 2031, "3.1", 203, "Interactions with local authorities", "Hiệu quả tương tác với các cấp chính quyền", 1, 3.33m, 0.33m },
                    { 2032, "3.2", 203, "Responses to citizens' complaints, denunciations and grievances", "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", 2, 3.33m, 0.33m },
                    { 2033, "3.3", 203, "Access to justice services", "Tiếp cận dịch vụ tư pháp", 3, 3.33m, 0.33m },
                    { 2041, "4.1", 204, "Control of corruption in local government", "Kiểm soát tham nhũng trong chính quyền", 1, 2.5m, 0.25m },
                    { 2042, "4.2", 204, "Control of corruption in public service delivery", "Kiểm soát tham nhũng trong cung ứng dịch vụ công", 2, 2.5m, 0.25m },
                    { 2043, "4.3", 204, "Equity in state employment", "Công bằng trong tuyển dụng vào nhà nước", 3, 2.5m, 0.25m },
                    { 2044, "4.4", 204, "Willingness to fight corruption", "Quyết tâm chống tham nhũng", 4, 2.5m, 0.25m },
                    { 2051, "5.1", 205, "Certification procedures", "Dịch vụ chứng thực, xác nhận", 1, 2.5m, 0.25m },
                    { 2052, "5.2", 205, "Construction permits", "Thủ tục cấp phép xây dựng", 2, 2.5m, 0.25m },
                    { 2053, "5.3", 205, "Land-use right certificates", "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất", 3, 2.5m, 0.25m },
                    { 2054, "5.4", 205, "Commune-level administrative procedures", "Thủ tục hành chính cấp xã/phường", 4, 2.5m, 0.25m },
                    { 2061, "6.1", 206, "Public health care", "Y tế công lập", 1, 2.5m, 0.25m },
                    { 2062, "6.2", 206, "Public primary education", "Giáo dục tiểu học công lập", 2, 2.5m, 0.25m },
                    { 2063, "6.3", 206, "Basic infrastructure", "Cơ sở hạ tầng căn bản", 3, 2.5m, 0.25m },
                    { 2064, "6.4", 206, "Law and order", "An ninh, trật tự", 4, 2.5m, 0.25m },
                    { 2071, "7.1", 207, "Seriousness in environmental protection", "Nghiêm túc trong bảo vệ môi trường", 1, 3.33m, 0.33m },
                    { 2072, "7.2", 207, "Air quality", "Chất lượng không khí", 2, 3.33m, 0.33m },
                    { 2073, "7.3", 207, "Water quality", "Chất lượng nước", 3, 3.33m, 0.33m },
                    { 2081, "8.1", 208, "Use of local government e-portals", "Sử dụng cổng thông tin điện tử của chính quyền địa phương", 1, 3.33m, 0.33m },
                    { 2082, "8.2", 208, "Internet access and use", "Tiếp cận và sử dụng Internet tại địa phương", 2, 3.33m, 0.33m },
                    { 2083, "8.3", 208, "Responses via e-portals", "Phúc đáp qua cổng thông tin điện tử", 3, 3.33m, 0.33m },
                    { 3011, "1.1", 301, "Civic knowledge", "Tri thức công dân", 1, 2.5m, 0.25m },
                    { 3012, "1.2", 301, "Opportunities for participation", "Cơ hội tham gia", 2, 2.5m, 0.25m },
                    { 3013, "1.3", 301, "Quality of elections", "Chất lượng bầu cử", 3, 2.5m, 0.25m },
                    { 3014, "1.4", 301, "Voluntary contributions", "Đóng góp tự nguyện", 4, 2.5m, 0.25m },
                    { 3021, "2.1", 302, "Access to information", "Tiếp cận thông tin", 1, 2.5m, 0.25m },
                    { 3022, "2.2", 302, "Transparency of poor-household lists", "Công khai, minh bạch danh sách hộ nghèo", 2, 2.5m, 0.25m },
                    { 3023, "2.3", 302, "Transparency of commune/ward budgets", "Công khai, minh bạch ngân sách xã/phường", 3, 2.5m, 0.25m },
                    { 3024, "2.4", 302, "Transparency of land-use plans and land prices", "Công khai, minh bạch quy hoạch sử dụng đất/giá đất", 4, 2.5m, 0.25m },
                    { 3031, "3.1", 303, "Interactions with local authorities", "Hiệu quả tương tác với các cấp chính quyền", 1, 3.33m, 0.33m },
                    { 3032, "3.2", 303, "Responses to citizens' complaints, denunciations and grievances", "Giải đáp khiếu nại, tố cáo, khúc mắc của người dân", 2, 3.33m, 0.33m },
                    { 3033, "3.3", 303, "Access to justice services", "Tiếp cận dịch vụ tư pháp", 3, 3.33m, 0.33m },
                    { 3041, "4.1", 304, "Control of corruption in local government", "Kiểm soát tham nhũng trong chính quyền", 1, 2.5m, 0.25m },
                    { 3042, "4.2", 304, "Control of corruption in public service delivery", "Kiểm soát tham nhũng trong cung ứng dịch vụ công", 2, 2.5m, 0.25m },
                    { 3043, "4.3", 304, "Equity in state employment", "Công bằng trong tuyển dụng vào nhà nước", 3, 2.5m, 0.25m },
                    { 3044, "4.4", 304, "Willingness to fight corruption", "Quyết tâm chống tham nhũng", 4, 2.5m, 0.25m },
                    { 3051, "5.1", 305, "Certification procedures", "Dịch vụ chứng thực, xác nhận", 1, 3.33m, 0.33m },
                    { 3052, "5.3", 305, "Land-use right certificates", "Thủ tục liên quan đến giấy chứng nhận quyền sử dụng đất", 2, 3.33m, 0.33m },
                    { 3053, "5.4", 305, "Commune-level administrative procedures", "Thủ tục hành chính cấp xã/phường", 3, 3.33m, 0.33m },
                    { 3061, "6.1", 306, "Public health care", "Y tế công lập", 1, 2.5m, 0.25m },
                    { 3062, "6.2", 306, "Public primary education", "Giáo dục tiểu học công lập", 2, 2.5m, 0.25m },
                    { 3063, "6.3", 306, "Basic infrastructure", "Cơ sở hạ tầng căn bản", 3, 2.5m, 0.25m },
                    { 3064, "6.4", 306, "Law and order", "An ninh, trật tự", 4, 2.5m, 0.25m },
                    { 3071, "7.1", 307, "Seriousness in environmental protection", "Nghiêm túc trong bảo vệ môi trường", 1, 3.33m, 0.33m },
                    { 3072, "7.2", 307, "Air quality", "Chất lượng không khí", 2, 3.33m, 0.33m },
                    { 3073, "7.3", 307, "Water quality", "Chất lượng nước", 3, 3.33m, 0.33m },
                    { 3081, "8.1", 308, "Use of local government e-portals", "Sử dụng cổng thông tin điện tử của chính quyền địa phương", 1, 3.33m, 0.33m },
                    { 3082, "8.2", 308, "Internet access and use", "Tiếp cận và sử dụng Internet tại địa phương", 2, 3.33m, 0.33m },
                    { 3083, "8.3", 308, "Responses via e-portals", "Phúc đáp qua cổng thông tin điện tử", 3, 3.33m, 0.33m }
                });

            migrationBuilder.CreateIndex(
                name: "ix_action_items_due_date",
                table: "action_items",
                column: "due_date");

            migrationBuilder.CreateIndex(
                name: "ix_action_items_plan_id_code",
                table: "action_items",
                columns: new[] { "plan_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_action_items_status",
                table: "action_items",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_action_items_sub_dimensions",
                table: "action_items",
                column: "sub_dimensions")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_action_progress_action_item_id_recorded_at",
                table: "action_progress",
                columns: new[] { "action_item_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_action_progress_unit_id",
                table: "action_progress",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_action_unit_unit_id_role",
                table: "action_unit",
                columns: new[] { "unit_id", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_secret_hash",
                table: "api_tokens",
                column: "secret_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_unit_id",
                table: "api_tokens",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_unit_path",
                table: "audit_entries",
                column: "unit_path");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id",
                table: "audit_entries",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_dimensions_framework_version_id_code",
                table: "dimensions",
                columns: new[] { "framework_version_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_action_progress_id",
                table: "evidence_files",
                column: "action_progress_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_sha256",
                table: "evidence_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_unit_id",
                table: "evidence_files",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_framework_versions_code",
                table: "framework_versions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_framework_versions_framework_id",
                table: "framework_versions",
                column: "framework_id");

            migrationBuilder.CreateIndex(
                name: "ix_frameworks_code",
                table: "frameworks",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_code",
                table: "org_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_key",
                table: "org_units",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_org_units_kind",
                table: "org_units",
                column: "kind");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_parent_id",
                table: "org_units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_path",
                table: "org_units",
                column: "path");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_reports_to_id",
                table: "org_units",
                column: "reports_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_units_successor_id",
                table: "org_units",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_target_plan_id",
                table: "plan_target",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_province_id",
                table: "plans",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_province_scores_sub_dimension_id",
                table: "province_scores",
                column: "sub_dimension_id");

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_token_hash",
                table: "refresh_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_refresh_tokens_user_id",
                table: "refresh_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_release_entries_province_id",
                table: "release_entries",
                column: "province_id");

            migrationBuilder.CreateIndex(
                name: "ix_release_entries_score_release_id_province_id",
                table: "release_entries",
                columns: new[] { "score_release_id", "province_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_obligations_period_id_recipient_id",
                table: "report_obligations",
                columns: new[] { "period_id", "recipient_id" });

            migrationBuilder.CreateIndex(
                name: "ix_report_obligations_period_id_unit_id",
                table: "report_obligations",
                columns: new[] { "period_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_obligations_recipient_id",
                table: "report_obligations",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_obligations_unit_id",
                table: "report_obligations",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_obligation_id",
                table: "report_submissions",
                column: "obligation_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_submissions_status",
                table: "report_submissions",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_reporting_periods_due_on",
                table: "reporting_periods",
                column: "due_on");

            migrationBuilder.CreateIndex(
                name: "ix_reporting_periods_plan_id_kind_year",
                table: "reporting_periods",
                columns: new[] { "plan_id", "kind", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_unit_id",
                table: "role_assignments",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_user_id_role_unit_id",
                table: "role_assignments",
                columns: new[] { "user_id", "role", "unit_id" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "ix_score_releases_framework_version_id_survey_year",
                table: "score_releases",
                columns: new[] { "framework_version_id", "survey_year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_score_releases_survey_year",
                table: "score_releases",
                column: "survey_year");

            migrationBuilder.CreateIndex(
                name: "ix_sub_dimensions_dimension_id_code",
                table: "sub_dimensions",
                columns: new[] { "dimension_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_unit");

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "evidence_files");

            migrationBuilder.DropTable(
                name: "plan_target");

            migrationBuilder.DropTable(
                name: "province_scores");

            migrationBuilder.DropTable(
                name: "refresh_tokens");

            migrationBuilder.DropTable(
                name: "report_submissions");

            migrationBuilder.DropTable(
                name: "role_assignments");

            migrationBuilder.DropTable(
                name: "action_progress");

            migrationBuilder.DropTable(
                name: "release_entries");

            migrationBuilder.DropTable(
                name: "sub_dimensions");

            migrationBuilder.DropTable(
                name: "report_obligations");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "action_items");

            migrationBuilder.DropTable(
                name: "score_releases");

            migrationBuilder.DropTable(
                name: "dimensions");

            migrationBuilder.DropTable(
                name: "reporting_periods");

            migrationBuilder.DropTable(
                name: "framework_versions");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "frameworks");

            migrationBuilder.DropTable(
                name: "org_units");

            migrationBuilder.DropSequence(
                name: "action_items_hilo");

            migrationBuilder.DropSequence(
                name: "action_progress_hilo");

            migrationBuilder.DropSequence(
                name: "api_tokens_hilo");

            migrationBuilder.DropSequence(
                name: "evidence_files_hilo");

            migrationBuilder.DropSequence(
                name: "org_units_hilo");

            migrationBuilder.DropSequence(
                name: "plans_hilo");

            migrationBuilder.DropSequence(
                name: "report_obligations_hilo");

            migrationBuilder.DropSequence(
                name: "report_submissions_hilo");

            migrationBuilder.DropSequence(
                name: "reporting_periods_hilo");

            migrationBuilder.DropSequence(
                name: "role_assignments_hilo");
        }
    }
}
