using Marac.Forms.Json;

namespace Marac.Forms.Definitions.Binding;

/// <summary>Lists every member a record holds, so a test can prove the definition shows each one.</summary>
internal static class BindingCoverage
{
    /// <summary>Every leaf member of <paramref name="shape"/> as a pattern, lists of entries written <c>name[]</c>.</summary>
    internal static IReadOnlyList<string> AllLeaves(JsonShape shape)
    {
        var leaves = new List<string>();
        Collect(shape, string.Empty, leaves);
        return leaves;
    }

    private static void Collect(JsonShape shape, string prefix, List<string> leaves)
    {
        foreach (var member in shape.Members)
        {
            var path = BindingPath.Join(prefix, member.Name);
            switch (member.Shape.Kind)
            {
                case JsonShapeKind.Object:
                    Collect(member.Shape, path, leaves);
                    break;
                case JsonShapeKind.List when member.Shape.Element!.Kind == JsonShapeKind.Object:
                    Collect(member.Shape.Element, path + "[]", leaves);
                    break;
                default:
                    leaves.Add(path);
                    break;
            }
        }
    }
}
