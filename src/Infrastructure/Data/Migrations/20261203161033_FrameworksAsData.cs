using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <inheritdoc />
    public partial class FrameworksAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence<int>(
                name: "frameworks_hilo",
                startValue: 100L,
                incrementBy: 10);

            migrationBuilder.AddColumn<string>(
                name: "unit",
                table: "sub_dimensions",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "weight",
                table: "sub_dimensions",
                type: "numeric(12,9)",
                precision: 12,
                scale: 9,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "published_total",
                table: "release_entries",
                type: "numeric(12,9)",
                precision: 12,
                scale: 9,
                nullable: true);

            migrationBuilder.AlterColumn<int>(
                name: "id",
                table: "frameworks",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AddColumn<bool>(
                name: "higher_is_better",
                table: "frameworks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "ignored_columns",
                table: "frameworks",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<int>(
                name: "publish_top_n",
                table: "frameworks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "publish_top_n_from",
                table: "frameworks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "total_column",
                table: "frameworks",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "total_tolerance",
                table: "frameworks",
                type: "numeric(12,9)",
                precision: 12,
                scale: 9,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "changes",
                table: "framework_versions",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "total_aggregation_factor",
                table: "framework_versions",
                type: "numeric(12,6)",
                precision: 12,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "total_aggregation_method",
                table: "framework_versions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "aggregation_factor",
                table: "dimensions",
                type: "numeric(12,6)",
                precision: 12,
                scale: 6,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "aggregation_method",
                table: "dimensions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<decimal>(
                name: "weight",
                table: "dimensions",
                type: "numeric(12,9)",
                precision: 12,
                scale: 9,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 101,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 102,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 103,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 104,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 105,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 106,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 107,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 108,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 201,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 202,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 203,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 204,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 205,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 206,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 207,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 208,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 301,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 302,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 303,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 304,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 305,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 306,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 307,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "dimensions",
                keyColumn: "id",
                keyValue: 308,
                columns: new[] { "aggregation_factor", "aggregation_method", "weight" },
                values: new object[] { 1m, "Sum", null });

            migrationBuilder.UpdateData(
                table: "framework_versions",
                keyColumn: "id",
                keyValue: 1,
                columns: new[] { "changes", "total_aggregation_factor", "total_aggregation_method" },
                values: new object[] { null, 1m, "Sum" });

            migrationBuilder.UpdateData(
                table: "framework_versions",
                keyColumn: "id",
                keyValue: 2,
                columns: new[] { "changes", "total_aggregation_factor", "total_aggregation_method" },
                values: new object[] { "E-governance measured by three sub-dimensions (8.3 Responses via e-portals added).", 1m, "Sum" });

            migrationBuilder.UpdateData(
                table: "framework_versions",
                keyColumn: "id",
                keyValue: 3,
                columns: new[] { "changes", "total_aggregation_factor", "total_aggregation_method" },
                values: new object[] { "5.2 Construction permits removed; dimension 5 rescaled over 5.1, 5.3 and 5.4 (0.33–3.33 each).", 1m, "Sum" });

            migrationBuilder.UpdateData(
                table: "frameworks",
                keyColumn: "id",
                keyValue: 1,
                columns: new[] { "higher_is_better", "publish_top_n", "publish_top_n_from", "total_column", "total_tolerance" },
                values: new object[] { true, null, null, null, 0.005m });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1011,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1012,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1013,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1014,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1021,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1022,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1023,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1024,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1031,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1032,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1033,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1041,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1042,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1043,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1044,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1051,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1052,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1053,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1054,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1061,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1062,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1063,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1064,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1071,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1072,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1073,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1081,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 1082,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2011,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2012,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2013,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2014,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2021,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2022,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2023,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2024,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2031,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2032,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2033,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2041,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2042,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2043,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2044,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2051,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2052,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2053,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2054,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2061,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2062,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2063,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2064,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2071,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2072,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2073,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2081,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2082,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 2083,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3011,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3012,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3013,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3014,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3021,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3022,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3023,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3024,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3031,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3032,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3033,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3041,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3042,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3043,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3044,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3051,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3052,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3053,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3061,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3062,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3063,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3064,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3071,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3072,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3073,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3081,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3082,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            migrationBuilder.UpdateData(
                table: "sub_dimensions",
                keyColumn: "id",
                keyValue: 3083,
                columns: new[] { "unit", "weight" },
                values: new object[] { null, null });

            // The catalogue's rows carry fixed ids (seeded); the versions, dimensions and sub-dimensions of a
            // framework an operator defines take the next ones.
            foreach (var table in new[] { "framework_versions", "dimensions", "sub_dimensions" })
                migrationBuilder.Sql($"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "unit",
                table: "sub_dimensions");

            migrationBuilder.DropColumn(
                name: "weight",
                table: "sub_dimensions");

            migrationBuilder.DropColumn(
                name: "published_total",
                table: "release_entries");

            migrationBuilder.DropColumn(
                name: "higher_is_better",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "ignored_columns",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "publish_top_n",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "publish_top_n_from",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "total_column",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "total_tolerance",
                table: "frameworks");

            migrationBuilder.DropColumn(
                name: "changes",
                table: "framework_versions");

            migrationBuilder.DropColumn(
                name: "total_aggregation_factor",
                table: "framework_versions");

            migrationBuilder.DropColumn(
                name: "total_aggregation_method",
                table: "framework_versions");

            migrationBuilder.DropColumn(
                name: "aggregation_factor",
                table: "dimensions");

            migrationBuilder.DropColumn(
                name: "aggregation_method",
                table: "dimensions");

            migrationBuilder.DropColumn(
                name: "weight",
                table: "dimensions");

            migrationBuilder.DropSequence(
                name: "frameworks_hilo");

            migrationBuilder.AlterColumn<int>(
                name: "id",
                table: "frameworks",
                type: "integer",
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
