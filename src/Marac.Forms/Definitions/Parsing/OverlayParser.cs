namespace Marac.Forms.Definitions.Parsing;

/// <summary>Checks the structure of an overlay file; its items are checked against a form when it is applied.</summary>
internal static class OverlayParser
{
    internal static FormOverlay Parse(SourceJsonNode root, string source)
    {
        var problems = new ProblemList(source);
        if (problems.Expect(root, SourceJsonKind.Object) is null)
        {
            problems.ThrowIfAny();
        }

        problems.RejectUnknownMembers(root, "$schema", "format", "id", "name", "version", "marking", "settings", "forms");
        DefinitionParser.CheckFormat(root, problems);
        var id = problems.RequiredString(root, "id");
        var name = problems.RequiredString(root, "name");
        var version = problems.RequiredString(root, "version");
        problems.OptionalString(root, "marking");
        DefinitionParser.ParseSettings(root["settings"], new FormSettings(), problems);
        if (problems.Expect(root["forms"], SourceJsonKind.Object) is { } forms)
        {
            foreach (var form in forms.Properties)
            {
                if (problems.Expect(form.Value, SourceJsonKind.Object) is not { } changes)
                {
                    continue;
                }

                problems.RejectUnknownMembers(changes, "name", "localQuestions", "options", "add");
                problems.OptionalString(changes, "name");
                problems.Expect(changes["options"], SourceJsonKind.Object);
                problems.Expect(changes["localQuestions"], SourceJsonKind.Array);
                if (problems.Expect(changes["add"], SourceJsonKind.Array) is { } additions)
                {
                    foreach (var addition in additions.Items)
                    {
                        if (problems.Expect(addition, SourceJsonKind.Object) is null)
                        {
                            continue;
                        }

                        problems.RejectUnknownMembers(addition, "section", "after", "items");
                        problems.RequiredString(addition, "section");
                        problems.OptionalString(addition, "after");
                        if (addition["items"] is null)
                        {
                            problems.Add(addition, "'items' is required");
                        }
                    }
                }
            }
        }

        problems.ThrowIfAny();
        return new FormOverlay(id, name, version, source, root);
    }
}
