namespace PapiTracker.Infrastructure.Notifications;

/// <summary>Reminders: how often the job runs (0 turns it off), and the mail server, if notices also go by email.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public int IntervalMinutes { get; set; } = 15;
    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>Off unless a host is given.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string From { get; set; } = "papitracker@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
