using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Onboarding.Domain.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOnboardings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Onboardings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveForClientId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkflowInstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlaybookVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AccountManagerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Onboardings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Onboardings_AspNetUsers_AccountManagerId",
                        column: x => x.AccountManagerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Onboardings_Clients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "Clients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Onboardings_PlaybookVersions_PlaybookVersionId",
                        column: x => x.PlaybookVersionId,
                        principalTable: "PlaybookVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Onboardings_WorkflowInstances_WorkflowInstanceId",
                        column: x => x.WorkflowInstanceId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingTeamMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OnboardingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingTeamMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingTeamMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OnboardingTeamMembers_Onboardings_OnboardingId",
                        column: x => x.OnboardingId,
                        principalTable: "Onboardings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_AccountManagerId",
                table: "Onboardings",
                column: "AccountManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_ActiveForClientId",
                table: "Onboardings",
                column: "ActiveForClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_ClientId_StartedAtUtc",
                table: "Onboardings",
                columns: new[] { "ClientId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_PlaybookVersionId",
                table: "Onboardings",
                column: "PlaybookVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Onboardings_WorkflowInstanceId",
                table: "Onboardings",
                column: "WorkflowInstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTeamMembers_OnboardingId_UserId_Role",
                table: "OnboardingTeamMembers",
                columns: new[] { "OnboardingId", "UserId", "Role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingTeamMembers_UserId",
                table: "OnboardingTeamMembers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnboardingTeamMembers");

            migrationBuilder.DropTable(
                name: "Onboardings");
        }
    }
}
