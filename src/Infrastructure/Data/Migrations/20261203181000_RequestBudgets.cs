using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <summary>
    /// The request budgets (per caller, per session's renewals, the sign-in flood guard per address), counted where
    /// every API process sees them (ADR 18). UNLOGGED: one write per request costs no WAL, and what a crash loses
    /// (PostgreSQL empties an unlogged table on crash recovery) is only counts, which then start full again.
    /// Written and read in SQL only (<see cref="Identity.RequestBudgets"/>), so the table is not part of the EF model.
    /// </summary>
    [DbContext(typeof(ApplicationDbContext))]
    [Migration("20261203181000_RequestBudgets")]
    public partial class RequestBudgets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("""
                CREATE UNLOGGED TABLE request_budgets (
                    key text PRIMARY KEY,
                    tokens double precision NOT NULL,
                    counted_at timestamp with time zone NOT NULL,
                    full_at timestamp with time zone NOT NULL,
                    granted boolean NOT NULL)
                """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP TABLE request_budgets");
    }
}
