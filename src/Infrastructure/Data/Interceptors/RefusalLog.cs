using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PapiTracker.Application.Common.Interfaces;
using PapiTracker.Application.Common.Security;
using PapiTracker.Domain.Auditing;

namespace PapiTracker.Infrastructure.Data.Interceptors;

/// <summary>Written in SQL, outside the change tracker: the refused command's pending changes must not be saved with the entry.</summary>
internal sealed class RefusalLog(ApplicationDbContext db, ICurrentUser caller, TimeProvider clock) : IRefusalLog
{
    public async Task RecordAsync(string operation, string subjectId, int status, string reason, CancellationToken ct)
    {
        var changes = JsonSerializer.Serialize(new { refused = new { status, reason } });
        var action = nameof(AuditAction.Refused);
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO audit_entries (at, user_id, api_token_id, entity_type, entity_id, action, changes, unit_path)
            VALUES ({clock.GetUtcNow()}, {caller.UserId}, {caller.ApiTokenId}, {operation}, {subjectId}, {action}, {changes}::jsonb, NULL)
            """, ct);
    }
}
