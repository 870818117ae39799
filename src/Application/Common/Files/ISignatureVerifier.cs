using PapiTracker.Domain.Documents;

namespace PapiTracker.Application.Common.Files;

/// <summary>
/// Checks a PDF's PAdES / CMS signatures against the operator's trust list: who signed, when, whether the signed bytes
/// are unchanged and whether anything was added after. Never throws for a bad file: that is <see cref="SignatureState.CouldNotCheck"/>.
/// </summary>
public interface ISignatureVerifier
{
    SignatureFindings Verify(ReadOnlyMemory<byte> pdf);
}

/// <summary>What the operator asks of signatures (<c>Signatures__UnitPlanMustBeValid</c>): whether a unit plan is sent only with a valid signed document.</summary>
public sealed record SignaturePolicy(bool UnitPlanMustBeValid);
