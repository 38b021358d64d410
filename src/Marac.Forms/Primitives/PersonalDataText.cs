namespace Marac.Forms;

/// <summary>Builds the <c>ToString()</c> text of types that hold restricted personal data.</summary>
internal static class PersonalDataText
{
    internal static string Hidden(string typeName) => typeName + " { personal data hidden }";
}
