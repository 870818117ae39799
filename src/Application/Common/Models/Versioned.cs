namespace PapiTracker.Application.Common.Models;

/// <summary>A resource with its row version, which the API sends as its ETag.</summary>
public sealed record Versioned<T>(T Value, uint Version);
