using System.Text.Json;
using System.Text.Json.Serialization;

namespace PapiTracker.Client;

public partial class PapiClient
{
    /// <summary>
    /// Enums travel as strings (the document says so); NSwag marks single enum properties but not lists of
    /// them (GET /me's permissions), so the converter is set for the whole client.
    /// </summary>
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter());
}
