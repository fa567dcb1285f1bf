using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RackHouse.Conduct.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ConcernReferenceSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ConcernYearCounters",
                table: "ConcernYearCounters");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_Year_Number",
                table: "Concerns");

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "ConcernYearCounters",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ConcernYearCounters",
                table: "ConcernYearCounters",
                columns: new[] { "Year", "Series" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Year_CaseManager_Number",
                table: "Concerns",
                columns: new[] { "Year", "CaseManager", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_ConcernYearCounters",
                table: "ConcernYearCounters");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_Year_CaseManager_Number",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "ConcernYearCounters");

            migrationBuilder.AddPrimaryKey(
                name: "PK_ConcernYearCounters",
                table: "ConcernYearCounters",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Year_Number",
                table: "Concerns",
                columns: new[] { "Year", "Number" },
                unique: true);
        }
    }
}
