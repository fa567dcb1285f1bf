using System.Text;
using RackHouse.Conduct.Web.Features.Admin.People.Import;

namespace RackHouse.Conduct.UnitTests.Roster;

public sealed class CsvTableTests
{
    [Fact]
    public void Read_Utf8WithByteOrderMark_FirstHeaderHasNoMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Name,Email\r\nZoë Brontë,zoe@school.example\r\n")).ToArray();

        var table = CsvTable.Read(bytes);

        Assert.Equal(["Name", "Email"], table.Headers);
        Assert.Equal(["Zoë Brontë", "zoe@school.example"], Assert.Single(table.Rows).Fields);
    }

    [Fact]
    public void Read_Semicolons_AreDetected()
    {
        var table = Read("Name;Email;Start date\nAmy Lee;amy@school.example;01/09/2024\n");

        Assert.Equal(["Name", "Email", "Start date"], table.Headers);
        Assert.Equal(["Amy Lee", "amy@school.example", "01/09/2024"], Assert.Single(table.Rows).Fields);
    }

    [Fact]
    public void Read_QuotedFieldsWithSeparatorsQuotesAndLineBreaks_KeepTheirText()
    {
        var table = Read("Name,Job title,Email\n\"O'Brien, Sean\",\"Head of \"\"Maths\"\"\nand science\",sean@school.example\nAmy Lee,Teacher,amy@school.example\n");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["O'Brien, Sean", "Head of \"Maths\"\nand science", "sean@school.example"], table.Rows[0].Fields);
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void Read_BlankLinesAndRowsOfEmptyFields_AreSkippedButCountedInLineNumbers()
    {
        var table = Read("Name,Email\n\nAmy Lee,amy@school.example\n,,\n   \nBen Cole,ben@school.example\n\n");

        Assert.Equal([3, 6], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Read_SpacesAroundFields_AreTrimmed()
    {
        var table = Read(" Name , Email \n  Amy Lee  ,  amy@school.example \n");

        Assert.Equal(["Name", "Email"], table.Headers);
        Assert.Equal(["Amy Lee", "amy@school.example"], Assert.Single(table.Rows).Fields);
    }

    [Fact]
    public void Indexer_ShortRowOrAbsentColumn_IsEmpty()
    {
        var row = Assert.Single(Read("Name,Email,Job title\nAmy Lee,amy@school.example\n").Rows);

        Assert.Equal(string.Empty, row[2]);
        Assert.Equal(string.Empty, row[-1]);
    }

    private static CsvTable Read(string text) => CsvTable.Read(Encoding.UTF8.GetBytes(text));
}
