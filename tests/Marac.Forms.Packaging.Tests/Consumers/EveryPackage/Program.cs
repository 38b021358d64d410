using Marac.Forms;
using Marac.Forms.Documents;
using Marac.Forms.Pdf;
using Marac.Forms.Word;

var dash = new DashChecklist { VictimNameOrCode = "Ngozi Adeyemi", CompletedOn = new CalendarDate(2026, 10, 19) };
FormDocument document = FormDocumentBuilder.Build(dash);

FormRenderer word = new WordRenderer();
FormRenderer pdf = new PdfRenderer();
var docx = word.Render(document);
Console.WriteLine("word: " + (WordFormReader.Read<DashChecklist>(new MemoryStream(docx)) == dash ? "equal" : "different"));
var file = pdf.Render(document);
Console.WriteLine("pdf: " + System.Text.Encoding.ASCII.GetString(file, 0, 8));
