namespace PapiTracker.Domain.UnitTests;

/// <summary>
/// Gives an entity the id the database would: rules that tell units apart by id (a unit does not report
/// to itself) need two units that have been saved.
/// </summary>
internal static class Saved
{
    public static T WithId<T>(this T entity, int id)
        where T : class
    {
        // A setter declared private on a base class (StoredFile.Id) is only found on the class that declares it.
        var declared = typeof(T).GetProperty("Id")!;
        declared.DeclaringType!.GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
