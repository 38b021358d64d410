namespace Marac.Forms;

/// <summary>One Dash item's place on the checklist.</summary>
/// <param name="Number">The item number, 1 to 24.</param>
/// <param name="MemberName">The <see cref="DashChecklist"/> property holding its answer.</param>
/// <param name="JsonName">The JSON property name of that answer.</param>
public sealed record DashItemInfo(int Number, string MemberName, string JsonName);
