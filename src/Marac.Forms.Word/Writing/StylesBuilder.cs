using DocumentFormat.OpenXml.Wordprocessing;

namespace Marac.Forms.Word.Writing;

/// <summary>The style sheet: Normal, Title, Heading 1 and 2 (with outline levels, so the navigation pane lists them), a note style, header and footer.</summary>
internal static class StylesBuilder
{
    internal static Styles Build(string language)
    {
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Layout.BodyFont, HighAnsi = Layout.BodyFont, ComplexScript = Layout.BodyFont, EastAsia = Layout.BodyFont },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = language, EastAsia = language, Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "259", LineRule = LineSpacingRuleValues.Auto })));

        return new Styles(
            defaults,
            ParagraphStyle(StyleIds.Normal, "Normal", basedOn: null, isDefault: true, new StyleParagraphProperties(), new StyleRunProperties()),
            ParagraphStyle(StyleIds.Title, "Title", StyleIds.Normal, isDefault: false,
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "200" }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "36" }, new FontSizeComplexScript { Val = "36" })),
            ParagraphStyle(StyleIds.Heading1, "heading 1", StyleIds.Normal, isDefault: false,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "280", After = "100" }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" })),
            ParagraphStyle(StyleIds.Heading2, "heading 2", StyleIds.Normal, isDefault: false,
                new StyleParagraphProperties(new KeepNext(), new KeepLines(), new SpacingBetweenLines { Before = "200", After = "80" }, new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })),
            ParagraphStyle(StyleIds.Note, "Note", StyleIds.Normal, isDefault: false,
                new StyleParagraphProperties(),
                new StyleRunProperties(new Color { Val = "404040" }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
            ParagraphStyle(StyleIds.Header, "header", StyleIds.Normal, isDefault: false,
                new StyleParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new StyleRunProperties(new Bold())),
            ParagraphStyle(StyleIds.Footer, "footer", StyleIds.Normal, isDefault: false,
                new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = Layout.TextWidth })),
                new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" })));
    }

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties paragraph, StyleRunProperties run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        style.Append(new PrimaryStyle());
        style.Append(paragraph);
        style.Append(run);
        return style;
    }
}
