using System.Text.Json;
using Marac.Forms.DataProtection;

namespace Marac.Forms.Json;

/// <summary>
/// Reads a Marac.Forms file in three passes: syntax and encoding (<see cref="JsonSyntaxCheck"/>), which stops at the
/// first error; the envelope and the record shapes (<see cref="ShapeCheck"/>), which report every problem together
/// (<see cref="FormatProblems"/>); then deserialization, which by then cannot meet anything unexpected. Paths are
/// relative to the form.
/// </summary>
internal static class FormFileReader
{
    private const string FormTypeMember = "formType";
    private const string FormVersionMember = "formVersion";
    private const string LawfulBasisMember = "lawfulBasis";
    private const string Article6Member = "article6";
    private const string Section35Member = "section35";
    private const string FormMember = "form";

    /// <summary>The optional link to the file's JSON Schema, for editors; read past, never needed.</summary>
    private const string SchemaMember = "$schema";

    private static readonly string[] EnvelopeMembers = { FormTypeMember, FormVersionMember, LawfulBasisMember, FormMember };

    internal static FormFile Read(Utf8Input input, FormType? expected)
    {
        try
        {
            JsonSyntaxCheck.Run(input);
        }
        catch (FormatProblem problem)
        {
            throw new FormatProblem(FromFileRoot(problem.Path), problem.Offset, problem.Reason, problem.InnerException);
        }

        // From here on the JSON is well formed, so every problem can be found and reported together.
        var problems = new FormatProblemList();
        var envelope = ReadEnvelope(input.Bytes.Span, problems);
        var formType = envelope[0] is { } typeRange ? ReadFormType(input, typeRange, expected, problems) : null;
        if (envelope[1] is { } versionRange)
        {
            ReadFormVersion(input, versionRange, problems);
        }

        LawfulBasis? basis = null;
        if (envelope[2] is { } basisRange)
        {
            var before = problems.Count;
            ShapeCheck.Run(Slice(input, basisRange), JsonShapes.For(typeof(LawfulBasis)), new ShapeCheck(LawfulBasisMember, basisRange.Start, hasPositions: true, problems));
            if (problems.Count == before)
            {
                basis = (LawfulBasis)Deserialize(input, basisRange, typeof(LawfulBasis), LawfulBasisMember);
                EnsureArticle6Stated(input, basisRange, basis, problems);
                EnsureOneRegime(input, basisRange, basis, problems);
                EnsureStatements(input, basisRange, basis, problems);
            }
        }

        if (formType is { } type && envelope[3] is { } formRange)
        {
            var before = problems.Count;
            ShapeCheck.Run(Slice(input, formRange), JsonShapes.For(type.RecordType()), new ShapeCheck(string.Empty, formRange.Start, hasPositions: true, problems));
            problems.NameEmptyPaths(before, FormMember);
        }

        problems.ThrowIfAny();
        var form = Deserialize(input, envelope[3]!.Value, formType!.Value.RecordType(), string.Empty);
        return Create(formType.Value, form, basis!);
    }

    /// <summary>Reads a form on its own (no envelope), as held in a JSON node; problems carry no text positions.</summary>
    internal static object ReadForm(Utf8Input input, Type recordType)
    {
        JsonSyntaxCheck.Run(input);
        var whole = new ValueRange(0, input.Bytes.Length);
        var problems = new FormatProblemList();
        ShapeCheck.Run(input.Bytes.Span, JsonShapes.For(recordType), new ShapeCheck(string.Empty, 0, hasPositions: false, problems));
        problems.ThrowIfAny();
        return Deserialize(input, whole, recordType, string.Empty);
    }

    /// <summary>Maps a path from the file's root to the reported path: inside the form, paths are relative to it.</summary>
    private static string FromFileRoot(string path) =>
        path.StartsWith(FormMember + ".", StringComparison.Ordinal) ? path.Substring(FormMember.Length + 1) : path;

    /// <summary>Where each envelope member's value is, null for those missing; unknown, repeated and missing members are reported.</summary>
    private static ValueRange?[] ReadEnvelope(ReadOnlySpan<byte> json, FormatProblemList problems)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatProblem(string.Empty, reader.TokenStartIndex, "expected a Marac.Forms file: an object with " + Quoted.List(EnvelopeMembers, "and") + ", not " + JsonShape.Describe(reader.TokenType));
        }

        var ranges = new ValueRange?[EnvelopeMembers.Length];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            if (name == SchemaMember)
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    problems.Add(new FormatProblem(SchemaMember, reader.TokenStartIndex, "expected the address of the file's JSON Schema as text, not " + JsonShape.Describe(reader.TokenType)));
                }

                reader.Skip();
                continue;
            }

            var index = Array.IndexOf(EnvelopeMembers, name);
            if (index < 0)
            {
                problems.Add(new FormatProblem(name, reader.TokenStartIndex, UnknownMemberMessage.For(name, "a Marac.Forms file", EnvelopeMembers)));
                reader.Skip();
                continue;
            }

            if (ranges[index] is not null)
            {
                problems.Add(new FormatProblem(name, reader.TokenStartIndex, Quoted.Name(name) + " appears more than once in the file; give each member once"));
                reader.Skip();
                continue;
            }

            reader.Read();
            var start = reader.TokenStartIndex;
            reader.Skip();
            ranges[index] = new ValueRange(start, reader.BytesConsumed);
        }

        var end = reader.TokenStartIndex;
        for (var i = 0; i < ranges.Length; i++)
        {
            if (ranges[i] is null)
            {
                problems.Add(new FormatProblem(EnvelopeMembers[i], end, $"the file has no {Quoted.Name(EnvelopeMembers[i])}; every Marac.Forms file has {Quoted.List(EnvelopeMembers, "and")}"));
            }
        }

        return ranges;
    }

    /// <summary>The form the file says it holds, or null (reported) when it names none or not the one expected.</summary>
    private static FormType? ReadFormType(Utf8Input input, ValueRange range, FormType? expected, FormatProblemList problems)
    {
        var reader = new Utf8JsonReader(Slice(input, range));
        reader.Read();
        var names = Quoted.List(FormTypes.Ids, "or");
        if (reader.TokenType != JsonTokenType.String)
        {
            problems.Add(new FormatProblem(FormTypeMember, range.Start, "expected one of " + names + ", not " + JsonShape.Describe(reader.TokenType)));
            return null;
        }

        var name = reader.GetString()!;
        if (!FormTypes.TryParse(name, out var formType))
        {
            problems.Add(new FormatProblem(FormTypeMember, range.Start, Quoted.Name(name) + " is not a Marac.Forms form type; expected one of " + names));
            return null;
        }

        if (expected is { } wanted && wanted != formType)
        {
            problems.Add(new FormatProblem(FormTypeMember, range.Start, $"expected a {wanted.Id()} file but this is a {formType.Id()} file"));
            return null;
        }

        return formType;
    }

    private static void ReadFormVersion(Utf8Input input, ValueRange range, FormatProblemList problems)
    {
        var reader = new Utf8JsonReader(Slice(input, range));
        reader.Read();
        var supported = Quoted.Name(MaracJson.FormatVersion);
        if (reader.TokenType != JsonTokenType.String)
        {
            problems.Add(new FormatProblem(FormVersionMember, range.Start, "expected the format version as text, " + supported + ", not " + JsonShape.Describe(reader.TokenType)));
            return;
        }

        var version = reader.GetString()!;
        if (version != MaracJson.FormatVersion)
        {
            problems.Add(new FormatProblem(FormVersionMember, range.Start, $"this file is format version {Quoted.Name(version)}; this version of Marac.Forms reads format version {supported}"));
        }
    }

    /// <summary>A basis states the basis of its regime: an Article 6 basis under UK GDPR, a section 35 basis under DPA 2018 Part 3.</summary>
    private static void EnsureArticle6Stated(Utf8Input input, ValueRange basisRange, LawfulBasis basis, FormatProblemList problems)
    {
        if (basis.StatesItsBasis)
        {
            return;
        }

        if (basis.Regime == ProcessingRegime.LawEnforcement)
        {
            problems.Add(MissingFromBasis(input, basisRange, Section35Member, "a lawful basis under Part 3 of the Data Protection Act 2018 must state its section 35(2) basis, \"consent\" or \"necessaryForLawEnforcementTask\""));
            return;
        }

        problems.Add(MissingFromBasis(input, basisRange, Article6Member, "the lawful basis must state its UK GDPR Article 6 basis, for example \"publicTask\" or \"vitalInterests\""));
    }

    /// <summary>One processing falls under one regime: a file may not state both an Article 6 and a section 35 basis (the writer refuses the same).</summary>
    private static void EnsureOneRegime(Utf8Input input, ValueRange basisRange, LawfulBasis basis, FormatProblemList problems)
    {
        if (basis.Regime == ProcessingRegime.LawEnforcement && basis.Article6 is not null)
        {
            problems.Add(MissingFromBasis(input, basisRange, Article6Member, "a lawful basis under Part 3 of the Data Protection Act 2018 states no UK GDPR Article 6 basis: one processing falls under one regime, so remove \"article6\" or record the processing under UK GDPR"));
        }

        if (basis.Regime != ProcessingRegime.LawEnforcement && basis.Section35 is not null)
        {
            problems.Add(MissingFromBasis(input, basisRange, Section35Member, "a lawful basis under UK GDPR states no Data Protection Act 2018 section 35 basis: one processing falls under one regime, so remove \"section35\" or set \"regime\" to \"lawEnforcement\""));
        }
    }

    private static void EnsureStatements(Utf8Input input, ValueRange basisRange, LawfulBasis basis, FormatProblemList problems)
    {
        foreach (var member in basis.MissingStatements())
        {
            var what = member == "permittedUse" ? "permitted use" : member;
            problems.Add(MissingFromBasis(input, basisRange, member, $"the lawful basis must state its {what}: every Marac.Forms file records the reasons, extent and permitted use of the processing"));
        }
    }

    /// <summary>A problem with one member of the basis, placed at its value when the file has it, else at the basis.</summary>
    private static FormatProblem MissingFromBasis(Utf8Input input, ValueRange basisRange, string member, string reason)
    {
        var offset = MemberValueOffset(Slice(input, basisRange), member) is { } relative ? basisRange.Start + relative : basisRange.Start;
        return new FormatProblem(LawfulBasisMember + "." + member, offset, reason);
    }

    private static long? MemberValueOffset(ReadOnlySpan<byte> json, string member)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(member);
            reader.Read();
            if (found)
            {
                return reader.TokenStartIndex;
            }

            reader.Skip();
        }

        return null;
    }

    private static object Deserialize(Utf8Input input, ValueRange range, Type type, string rootPath)
    {
        var json = Slice(input, range);
        try
        {
            return JsonSerializer.Deserialize(json, MaracJsonOptions.Default.GetTypeInfo(type))
                ?? throw new JsonException("The value is null.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or OverflowException)
        {
            // The shape check should have refused anything the serializer cannot read; this is the safety net.
            var relative = ex is JsonException { LineNumber: { } line, BytePositionInLine: { } position }
                ? new TextPositions(input.Bytes.Slice((int)range.Start, (int)range.Length)).OffsetOf(line, position)
                : 0;
            var path = JsonPathStack.Combine(rootPath, JsonSyntaxCheck.PathAt(json, relative));
            throw new FormatProblem(path, range.Start + relative, "the value here could not be read (" + ex.GetType().Name + ")", ex);
        }
    }

    private static FormFile Create(FormType formType, object form, LawfulBasis basis) => formType switch
    {
        FormType.MaracReferral => new FormFile<MaracReferral>(formType, (MaracReferral)form, basis),
        FormType.DashChecklist => new FormFile<DashChecklist>(formType, (DashChecklist)form, basis),
        FormType.SharingWithoutConsent => new FormFile<SharingWithoutConsentRecord>(formType, (SharingWithoutConsentRecord)form, basis),
        FormType.DisclosureDecision => new FormFile<DisclosureDecision>(formType, (DisclosureDecision)form, basis),
        _ => throw new ArgumentOutOfRangeException(nameof(formType), formType, "Not one of the four forms."),
    };

    private static ReadOnlySpan<byte> Slice(Utf8Input input, ValueRange range) => input.Bytes.Span.Slice((int)range.Start, (int)range.Length);
}
