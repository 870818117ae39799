namespace PapiTracker.Domain.Events;

/// <summary>
/// Something an entity's verb did that other systems hear of. Kept on the entity until SaveChanges turns it into an
/// <see cref="IntegrationEvent"/> in the same transaction; <see cref="Describe"/> is read then, when new rows have
/// their keys.
/// </summary>
public abstract record DomainEvent(IntegrationEventType Type, string? UnitPath)
{
    /// <summary>The resource's API path below <c>/api/v1</c> and the payload's fields.</summary>
    public abstract (string Href, object Payload) Describe();
}

/// <summary>An entity whose verbs raise <see cref="DomainEvent"/>s.</summary>
public interface IRaisesEvents
{
    RaisedEvents Events { get; }
}

/// <summary>The events an entity raised since it was last saved.</summary>
public sealed class RaisedEvents
{
    private readonly List<DomainEvent> _events = [];

    public void Raise(DomainEvent domainEvent) => _events.Add(domainEvent);

    /// <summary>Hands the events over for saving and forgets them, so a second SaveChanges does not write them again.</summary>
    public IReadOnlyList<DomainEvent> TakeAll()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }
}
