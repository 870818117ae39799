using PapiTracker.Application.Common.Caching;
using PapiTracker.Domain.Frameworks;

namespace PapiTracker.Application.Frameworks;

/// <summary>
/// Each framework with its whole structure, read untracked once and shared by every request (four
/// queries each time before): it changes only with the catalogue, which a deployment seeds.
/// </summary>
public sealed class FrameworkStructures(CacheCoherence coherence) : ChangeAwareCache<string, IndexFramework?>(
    coherence, 16, typeof(IndexFramework), typeof(FrameworkVersion), typeof(Dimension), typeof(SubDimension));
