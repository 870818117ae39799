using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PapiTracker.Application.Events;

/// <summary>
/// Where a reader of the feed stands: the (transaction, id) of the last event it was given. Opaque to clients
/// (base64url of "transaction.id"), so the ordering behind it can change without breaking them.
/// </summary>
public readonly record struct EventCursor(long TransactionId, long EventId)
{
    public const int MaxLength = 64;

    public static readonly EventCursor Start = new(0, 0);

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(FormattableString.Invariant($"{TransactionId}.{EventId}")));

    public static bool TryParse(string? text, out EventCursor cursor)
    {
        cursor = Start;
        if (string.IsNullOrEmpty(text))
            return true;
        if (text.Length > MaxLength || !Base64Url.IsValid(text))
            return false;
        var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
        if (parts.Length != 2
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var transaction)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return false;
        cursor = new EventCursor(transaction, id);
        return true;
    }
}
