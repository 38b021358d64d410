using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marac.Forms.Json;

namespace Marac.Forms.Documents.Building;

/// <summary>
/// What a new record holds at a binding: the value that records nothing. A choice that cannot be empty (an Annex 1
/// condition) starts at its "none" value and a tick box unticked, so holding that value says no more than holding no
/// value at all.
/// </summary>
internal static class UnsetValues
{
    private static readonly ConcurrentDictionary<Type, JsonObject> NewRecords = new();

    /// <summary>True when <paramref name="value"/> is what a new record holds at <paramref name="binding"/>.</summary>
    /// <param name="recordType">The form's record type.</param>
    /// <param name="binding">A binding outside any list, for example <c>lawfulBasis.annex1</c>.</param>
    /// <param name="value">The value the record holds there.</param>
    internal static bool IsUnset(Type recordType, string binding, JsonNode? value)
    {
        var dot = binding.LastIndexOf('.');
        var owner = dot < 0 ? JsonShapes.For(recordType) : JsonShapes.For(recordType).Resolve(binding.Substring(0, dot))?.Shape;
        if (owner is not { Kind: JsonShapeKind.Object })
        {
            return false;
        }

        var fresh = NewRecords.GetOrAdd(owner.ClrType, NewRecordJson);
        return JsonNode.DeepEquals(fresh[binding.Substring(dot + 1)], value);
    }

    private static JsonObject NewRecordJson(Type type) =>
        JsonSerializer.SerializeToNode(RecordFactories.New(type), MaracJsonOptions.Default.GetTypeInfo(type))!.AsObject();
}
