using System.Text.Json;
using System.Text.Json.Serialization;
using PapiTracker.Domain.Common;

namespace PapiTracker.Application.Frameworks.Commands.DefineFramework;

/// <summary>
/// A framework file (JSON, <c>docs/frameworks/framework.schema.json</c>) read into the definition
/// <c>POST /frameworks</c> takes, checked by the same validator: a file that breaks a rule does not load.
/// </summary>
public static class FrameworkFile
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    /// <param name="name">The file's name, for the message.</param>
    public static DefineFrameworkCommand Read(Stream content, string name)
    {
        DefineFrameworkCommand? definition;
        try
        {
            definition = JsonSerializer.Deserialize<DefineFrameworkCommand>(content, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(Messages.FrameworkFileUnreadable(name, e.Message).Current, e);
        }
        if (definition is null)
            throw new InvalidDataException(Messages.FrameworkFileEmpty(name).Current);
        var result = new DefineFrameworkCommandValidator().Validate(definition);
        if (!result.IsValid)
            throw new InvalidDataException(Messages.FrameworkFileBroken(name, string.Join("; ", result.Errors.Select(e => e.PropertyName + ": " + e.ErrorMessage))).Current);
        return definition;
    }
}
