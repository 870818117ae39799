using System.Net;
using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PapiTracker.Domain.Notifications;
using PapiTracker.Infrastructure.Data;

namespace PapiTracker.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox's due emails, a batch at a time. Rows are locked with SKIP LOCKED, so several servers
/// share the work without sending one twice; a failure keeps the message and retries it later
/// (1, 2, 4 … minutes, at most 6 hours apart).
/// </summary>
public sealed class OutboxDispatcher(ApplicationDbContext db, IOptions<ReminderOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 20;
    private static readonly TimeSpan LongestPause = TimeSpan.FromHours(6);

    /// <summary>Sends what is due; returns how many went out.</summary>
    public async Task<int> DispatchAsync(CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        if (!smtp.Enabled)
            return 0;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND next_attempt_at <= {now} ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(ct);
        var ids = due.Select(m => m.NotificationId).ToList();
        var about = await (from n in db.Notifications
                           where ids.Contains(n.Id)
                           join o in db.ReportObligations on n.ObligationId equals (int?)o.Id
                           join p in db.ReportingPeriods on o.PeriodId equals p.Id
                           join u in db.OrgUnits on o.UnitId equals u.Id
                           select new { n.Id, n.Kind, Unit = u.NameVi, Period = p.Kind, p.Year, Due = o.ExtendedTo ?? p.DueOn })
            .ToDictionaryAsync(x => x.Id, x => $"{Subject(x.Kind)}: {x.Unit}, {x.Period} {x.Year} (hạn {x.Due:dd/MM/yyyy})", ct);

        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, Timeout = 10_000 };
        if (smtp.UserName is not null)
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        var sent = 0;
        foreach (var message in due)
        {
            var text = about.GetValueOrDefault(message.NotificationId, "PapiTracker");
            try
            {
                await client.SendMailAsync(new MailMessage(smtp.From, message.Recipient, $"[PapiTracker] {text}", $"{text}\n\nXem chi tiết trong PapiTracker."), ct);
                message.SentAt = now;
                sent++;
            }
            catch (SmtpException e)
            {
                message.Attempts++;
                message.LastError = e.Message.Length > OutboxMessage.LastErrorMaxLength ? e.Message[..OutboxMessage.LastErrorMaxLength] : e.Message;
                var pause = TimeSpan.FromMinutes(Math.Pow(2, Math.Min(message.Attempts - 1, 10)));
                message.NextAttemptAt = now + (pause < LongestPause ? pause : LongestPause);
                logger.LogWarning("Email {Id} to {Recipient} not sent (attempt {Attempts}): {Error}", message.Id, message.Recipient, message.Attempts, e.Message);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return sent;
    }

    private static string Subject(NotificationKind kind) => kind switch
    {
        NotificationKind.ObligationOpened => "Đến kỳ báo cáo",
        NotificationKind.DueIn7Days => "Còn 7 ngày đến hạn báo cáo",
        NotificationKind.DueIn2Days => "Còn 2 ngày đến hạn báo cáo",
        NotificationKind.Overdue => "Báo cáo quá hạn",
        NotificationKind.ReportReturned => "Báo cáo bị trả lại",
        _ => "Báo cáo đã được duyệt",
    };
}
