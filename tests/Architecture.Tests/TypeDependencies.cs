using Mono.Cecil;

namespace PapiTracker.Architecture.Tests;

/// <summary>
/// The types one type names anywhere: base type, interfaces, attributes, fields, properties, method
/// signatures, locals and every type, method or field an instruction refers to, generic arguments
/// included. Nested types (lambdas' closures, async state machines) are read with their outer type.
/// </summary>
internal static class TypeDependencies
{
    public static IEnumerable<TypeDefinition> TopLevelTypes(ModuleDefinition module) =>
        module.Types.Where(t => !string.IsNullOrEmpty(t.Namespace));

    public static HashSet<string> Of(TypeDefinition type)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Collect(type, found);
        return found;
    }

    private static void Collect(TypeDefinition type, HashSet<string> found)
    {
        Add(type.BaseType, found);
        foreach (var i in type.Interfaces)
            Add(i.InterfaceType, found);
        Attributes(type, found);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, found);
            Attributes(field, found);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, found);
            Attributes(property, found);
        }
        foreach (var method in type.Methods)
            Method(method, found);
        foreach (var nested in type.NestedTypes)
            Collect(nested, found);
    }

    private static void Method(MethodDefinition method, HashSet<string> found)
    {
        Add(method.ReturnType, found);
        Attributes(method, found);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, found);
            Attributes(parameter, found);
        }
        if (!method.HasBody)
            return;
        foreach (var variable in method.Body.Variables)
            Add(variable.VariableType, found);
        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference t:
                    Add(t, found);
                    break;
                case MethodReference m:
                    Add(m.DeclaringType, found);
                    Add(m.ReturnType, found);
                    foreach (var p in m.Parameters)
                        Add(p.ParameterType, found);
                    if (m is GenericInstanceMethod g)
                        foreach (var a in g.GenericArguments)
                            Add(a, found);
                    break;
                case FieldReference f:
                    Add(f.DeclaringType, found);
                    Add(f.FieldType, found);
                    break;
            }
        }
    }

    private static void Attributes(ICustomAttributeProvider provider, HashSet<string> found)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType, found);
            // [CachedUntilChanged(typeof(X))] names X in a constructor argument.
            foreach (var argument in attribute.ConstructorArguments)
                Argument(argument, found);
        }
    }

    private static void Argument(CustomAttributeArgument argument, HashSet<string> found)
    {
        switch (argument.Value)
        {
            case TypeReference t:
                Add(t, found);
                break;
            case CustomAttributeArgument[] items:
                foreach (var item in items)
                    Argument(item, found);
                break;
        }
    }

    private static void Add(TypeReference? type, HashSet<string> found)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, found);
                foreach (var argument in generic.GenericArguments)
                    Add(argument, found);
                return;
            case TypeSpecification specification: // arrays, by-ref, pointers, modifiers
                Add(specification.ElementType, found);
                return;
        }
        var outer = type;
        while (outer.DeclaringType is not null)
            outer = outer.DeclaringType;
        found.Add(outer.Namespace + "." + outer.Name);
    }
}
