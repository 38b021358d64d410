namespace Marac.Forms.Definitions.Binding;

/// <summary>Lists every member a record holds, so a test can prove the definition shows each one.</summary>
internal static class BindingCoverage
{
    /// <summary>Every leaf member of <paramref name="type"/> as a pattern, lists of entries written <c>name[]</c>.</summary>
    internal static IReadOnlyList<string> AllLeaves(RecordValueType type)
    {
        var leaves = new List<string>();
        Collect(type, string.Empty, leaves);
        return leaves;
    }

    private static void Collect(RecordValueType type, string prefix, List<string> leaves)
    {
        foreach (var member in type.Members)
        {
            var path = BindingPath.Join(prefix, member.JsonName);
            switch (member.Type.Kind)
            {
                case RecordValueKind.Object:
                    Collect(member.Type, path, leaves);
                    break;
                case RecordValueKind.List when member.Type.Element!.Kind == RecordValueKind.Object:
                    Collect(member.Type.Element, path + "[]", leaves);
                    break;
                default:
                    leaves.Add(path);
                    break;
            }
        }
    }
}
