package app.mitra.insights.internal;

import java.util.List;

import app.mitra.journal.DoseFigures;

/**
 * What "amount" means in dose-response and tolerance: milligrams of mitragynine when every dose in the
 * range has it (from a label or a certificate), otherwise milligrams of material; never a mix. Slopes
 * are given per {@code perMg}: per 10 mg of mitragynine or per gram of material.
 */
public enum Basis {
    MITRAGYNINE("mitragynineMg", 10),
    MATERIAL("materialMg", 1000);

    private final String code;
    private final int perMg;

    Basis(String code, int perMg) {
        this.code = code;
        this.perMg = perMg;
    }

    public static Basis of(List<DoseFigures> doses) {
        return !doses.isEmpty() && doses.stream().allMatch(d -> d.mitragynineMg() != null) ? MITRAGYNINE : MATERIAL;
    }

    public String code() {
        return code;
    }

    public int perMg() {
        return perMg;
    }

    public double mg(DoseFigures dose) {
        return this == MITRAGYNINE ? dose.mitragynineMg() : dose.materialMg();
    }
}
