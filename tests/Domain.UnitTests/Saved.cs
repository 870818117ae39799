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
        typeof(T).GetProperty("Id")!.SetValue(entity, id);
        return entity;
    }
}
