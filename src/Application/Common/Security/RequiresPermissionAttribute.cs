using PapiTracker.Domain.Access;

namespace PapiTracker.Application.Common.Security;

/// <summary>
/// The permission a message needs; given more than once, any of them will do (the handler then checks
/// which one applies to the unit). Every message carries this, <see cref="SignedInOperationAttribute"/> or <see cref="PublicOperationAttribute"/>;
/// <see cref="Behaviours.AuthorizationBehaviour{TMessage,TResponse}"/> refuses one that carries neither,
/// so a new use case cannot forget its check.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class RequiresPermissionAttribute(Permission permission) : Attribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>A message any signed-in user or token may send (who am I).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SignedInOperationAttribute : Attribute;

/// <summary>A message anyone may send (signing in).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicOperationAttribute : Attribute;
