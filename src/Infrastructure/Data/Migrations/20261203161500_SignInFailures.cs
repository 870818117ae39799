using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PapiTracker.Infrastructure.Data.Migrations
{
    /// <summary>
    /// Failed sign-ins per address, counted where every API process sees them (ADR 11). Written and read in
    /// SQL only (<see cref="Identity.SignInFailures"/>), so the table is not part of the EF model.
    /// </summary>
    [DbContext(typeof(ApplicationDbContext))]
    [Migration("20261203161500_SignInFailures")]
    public partial class SignInFailures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("CREATE TABLE sign_in_failures (address text PRIMARY KEY, window_ends_at timestamp with time zone NOT NULL, failures integer NOT NULL)");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP TABLE sign_in_failures");
    }
}
