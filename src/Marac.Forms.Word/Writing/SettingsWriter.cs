namespace Marac.Forms.Word.Writing;

/// <summary>The document settings: Word 2013 or later layout, and the theme language.</summary>
internal static class SettingsWriter
{
    internal static void Write(WordXml xml, string language)
    {
        xml.StartRoot("settings");
        xml.Value("defaultTabStop", 720);
        xml.Value("characterSpacingControl", "doNotCompress");
        xml.Start("compat");
        xml.Start("compatSetting");
        xml.Attribute("name", "compatibilityMode");
        xml.Attribute("uri", "http://schemas.microsoft.com/office/word");
        xml.Attribute("val", "15");
        xml.End();
        xml.End();
        xml.Start("themeFontLang");
        xml.Attribute("val", language);
        xml.End();
        xml.End();
    }
}
