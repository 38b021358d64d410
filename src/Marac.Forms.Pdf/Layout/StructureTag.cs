namespace Marac.Forms.Pdf.Layout;

/// <summary>The tagged-PDF structure types the renderer uses.</summary>
internal enum StructureTag
{
    Section,
    Heading1,
    Heading2,
    Heading3,
    Heading4,
    Paragraph,
    Table,
    Caption,
    TableRow,
    TableHeaderCell,
    TableDataCell,
    List,
    ListItem,
    ListLabel,
    ListBody,
}
