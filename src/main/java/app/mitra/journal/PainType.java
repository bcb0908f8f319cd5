package app.mitra.journal;

public enum PainType {
    NEUROPATHIC, OSTEOARTHRITIS, CANCER, MUSCULOSKELETAL, HEADACHE, OTHER
}
