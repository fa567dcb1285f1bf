using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RackHouse.Conduct.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GovernorsSeeOverdueAdults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "GovernorsSeeOverdueAdults",
                table: "SchoolSettings",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GovernorsSeeOverdueAdults",
                table: "SchoolSettings");
        }
    }
}
